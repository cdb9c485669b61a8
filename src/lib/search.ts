/**
 * What Pagefind indexes about each page, as attribute values: filters (page kind, rating,
 * speaker, topic), a date sort and result metadata. Values are written in the page's language,
 * since each language has its own index and its readers filter in their own words.
 */
import type { Locale } from './i18n';
import { RATINGS, type RatingId } from './ratings';
import { TOPICS, type TopicId } from './topics';

export type PageKind = 'explainer' | 'claim' | 'person' | 'page';

const KIND_LABEL: Record<PageKind, Record<Locale, string>> = {
  explainer: { en: 'Explainer', zh: '解读' },
  claim: { en: 'Claim review', zh: '说法核查' },
  person: { en: 'Person or organisation', zh: '人物与机构' },
  page: { en: 'About the site', zh: '关于本站' },
};

export interface SearchFacets {
  kind: PageKind;
  rating?: RatingId;
  speaker?: string;
  topics?: TopicId[];
}

/** Filter names as readers see them in the filter panel, per language. */
const FILTER_NAME: Record<'kind' | 'rating' | 'speaker' | 'topic', Record<Locale, string>> = {
  kind: { en: 'Page type', zh: '页面类型' },
  rating: { en: 'Rating', zh: '评级' },
  speaker: { en: 'Who said it', zh: '说法出自' },
  topic: { en: 'Topic', zh: '主题' },
};

/** A colon ends a filter name, so values keep none. */
const clean = (value: string) => value.replace(/:/g, ' ').trim();

/** One `name:value` per filter; Pagefind takes one pair per element. */
export function pagefindFilters(facets: SearchFacets, locale: Locale): string[] {
  const pairs: [keyof typeof FILTER_NAME, string][] = [['kind', KIND_LABEL[facets.kind][locale]]];
  if (facets.rating) pairs.push(['rating', RATINGS[facets.rating].label[locale]]);
  if (facets.speaker) pairs.push(['speaker', facets.speaker]);
  for (const topic of facets.topics ?? []) pairs.push(['topic', TOPICS[topic][locale]]);
  return pairs.map(([k, v]) => `${FILTER_NAME[k][locale]}:${clean(v)}`);
}

/** Metadata the search page reads back to label claim results with their rating. */
export function pagefindMeta(facets: SearchFacets, locale: Locale): string[] {
  const meta = [`kind:${facets.kind}`];
  if (facets.rating) meta.push(`rating:${facets.rating}`, `ratingLabel:${clean(RATINGS[facets.rating].label[locale])}`);
  return meta;
}

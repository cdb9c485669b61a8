/**
 * What Pagefind indexes about each page, as attribute values: filters (page kind, rating,
 * speaker, topic), a date sort and result metadata. Values are written in the page's language,
 * since each language has its own index and its readers filter in their own words.
 */
import { t, type Locale } from './i18n';
import { RATINGS, type RatingId } from './ratings';
import { TOPICS, type TopicId } from './topics';

export type PageKind = 'explainer' | 'claim' | 'person' | 'page';

export interface SearchFacets {
  kind: PageKind;
  rating?: RatingId;
  speaker?: string;
  topics?: TopicId[];
}

/** A colon ends a filter name, so values keep none. */
const clean = (value: string) => value.replace(/:/g, ' ').trim();

/** One `name:value` per filter; Pagefind takes one pair per element. */
export function pagefindFilters(facets: SearchFacets, locale: Locale): string[] {
  const pairs: ['kind' | 'rating' | 'speaker' | 'topic', string][] = [['kind', t(locale, `kind.${facets.kind}`)]];
  if (facets.rating) pairs.push(['rating', RATINGS[facets.rating].label[locale]]);
  if (facets.speaker) pairs.push(['speaker', facets.speaker]);
  for (const topic of facets.topics ?? []) pairs.push(['topic', TOPICS[topic][locale]]);
  // Filter names are shown in the filter panel, so they are written in the page's language.
  return pairs.map(([k, v]) => `${t(locale, `filter.${k}`)}:${clean(v)}`);
}

/** Metadata the search page reads back to label claim results with their rating. */
export function pagefindMeta(facets: SearchFacets, locale: Locale): string[] {
  const meta = [`kind:${facets.kind}`];
  if (facets.rating) meta.push(`rating:${facets.rating}`, `ratingLabel:${clean(RATINGS[facets.rating].label[locale])}`);
  return meta;
}

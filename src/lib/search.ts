/**
 * What Pagefind indexes about each page, and the filters the search page offers, in one place:
 * filters (page kind, rating, speaker, topic), a date sort and result metadata.
 *
 * Filter names and values are ids, the same in both languages: they are what the search page
 * puts in its address (`?rating=accurate&topic=export-controls`), so a filtered search can be
 * shared and opened in either edition. Readers see the labels from `searchFilterGroups`.
 */
import { t, type Locale } from './i18n';
import { RATING_IDS, RATINGS, type RatingId } from './ratings';
import { FILTER_KEYS, type FilterKey } from './search-query';
import { TOPIC_IDS, TOPICS, type TopicId } from './topics';

export { FILTER_KEYS, type FilterKey };

export type PageKind = 'explainer' | 'claim' | 'person' | 'page';
export const PAGE_KINDS: readonly PageKind[] = ['explainer', 'claim', 'person', 'page'];

export interface Speaker {
  id: string;
  name: string;
}

export interface SearchFacets {
  kind: PageKind;
  rating?: RatingId;
  speaker?: Speaker;
  topics?: TopicId[];
}

/** A colon ends a filter name in Pagefind's attribute syntax, so values keep none. */
const clean = (value: string) => value.replace(/:/g, ' ').trim();

/** One `name:value` per filter; Pagefind takes one pair per element. */
export function pagefindFilters(facets: SearchFacets): string[] {
  const pairs: [FilterKey, string][] = [['kind', facets.kind]];
  if (facets.rating) pairs.push(['rating', facets.rating]);
  if (facets.speaker) pairs.push(['speaker', facets.speaker.id]);
  for (const topic of facets.topics ?? []) pairs.push(['topic', topic]);
  return pairs.map(([k, v]) => `${k}:${clean(v)}`);
}

/** Metadata the search page reads back to draw a result: its kind, rating badge and speaker. */
export function pagefindMeta(facets: SearchFacets): string[] {
  const meta = [`kind:${facets.kind}`];
  if (facets.rating) meta.push(`rating:${facets.rating}`);
  if (facets.speaker) meta.push(`speaker:${clean(facets.speaker.name)}`);
  return meta;
}

export interface FilterGroup {
  key: FilterKey;
  label: string;
  options: { value: string; label: string }[];
}

/**
 * The filter panel of the search page, in the page's language: every value a page can carry
 * (the speakers are those of the claim reviews), with the same ids `pagefindFilters` writes.
 */
export function searchFilterGroups(locale: Locale, speakers: Speaker[]): FilterGroup[] {
  const byName = [...new Map(speakers.map((s) => [s.id, s])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  const options: Record<FilterKey, FilterGroup['options']> = {
    kind: PAGE_KINDS.map((k) => ({ value: k, label: t(locale, `kind.${k}`) })),
    rating: RATING_IDS.map((id) => ({ value: id, label: RATINGS[id].label[locale] })),
    speaker: byName.map((s) => ({ value: clean(s.id), label: s.name })),
    topic: TOPIC_IDS.map((id) => ({ value: id, label: TOPICS[id][locale] })),
  };
  return FILTER_KEYS.map((key) => ({ key, label: t(locale, `filter.${key}`), options: options[key] }));
}

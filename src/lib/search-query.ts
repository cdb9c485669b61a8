/**
 * The search page's state as it lives in the address bar, and the reading of Pagefind's
 * excerpts. Pure and free of imports, because the search page's script ships it to the browser.
 */

/** The filters, in the order the search page shows them; each is also a URL parameter. */
export const FILTER_KEYS = ['kind', 'rating', 'speaker', 'topic'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchQuery {
  q: string;
  /** Values chosen per filter; within a filter any value matches, across filters all must. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Reads `?q=…&rating=…&rating=…`; unknown parameters and empty values are ignored. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, `''` when there is nothing to search; the inverse of parseSearchQuery. */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const key of FILTER_KEYS) for (const value of query.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(query: SearchQuery): boolean {
  return FILTER_KEYS.some((key) => (query.filters[key]?.length ?? 0) > 0);
}

/** Pagefind's filter argument: any chosen value within a filter, every filter at once. */
export function pagefindFilterArgument(query: SearchQuery): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_KEYS.filter((key) => query.filters[key]?.length).map((key) => [key, { any: query.filters[key]! }]),
  );
}

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt is page text with `<mark>` around the matched words and `<` and `>`
 * written as `&lt;` and `&gt;`. Only the marks are taken as markup; everything else is text,
 * so an excerpt can never add an element or attribute to the page.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      mark = part === '<mark>';
      continue;
    }
    if (!part) continue;
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}

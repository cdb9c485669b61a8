/**
 * Every internal URL is built here, so the base path and locale prefix are applied once.
 * `base` defaults to Astro's BASE_URL (from astro.config.mjs); tests pass it explicitly.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n';

const BASE: string = import.meta.env.BASE_URL ?? '/';

function joinPath(...parts: string[]): string {
  const joined = parts.join('/').replace(/\/{2,}/g, '/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/** `/route/` for English, `/zh/route/` for Chinese, under the base path, with a trailing slash. */
export function localePath(locale: Locale, route = '', base: string = BASE): string {
  const prefix = locale === DEFAULT_LOCALE ? '' : locale;
  const path = joinPath(base, prefix, route);
  // Files (feeds, CSV) keep their name; pages get the trailing slash the site is built with.
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** A path under the base that is not localised (assets, the 404 page). */
export function assetPath(file: string, base: string = BASE): string {
  return joinPath(base, file);
}

/** A figure's data as CSV: a stable, unlocalised address (built by src/pages/data/[figure].csv.ts). */
export function figureCsvPath(figureId: string, base: string = BASE): string {
  return assetPath(`data/${figureId}.csv`, base);
}

/** Absolute URL for canonical links, hreflang and structured data. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * The prose pages (content/pages/) that the site's own chrome links to by slug: the header, the
 * footer, the rating badges' scale strip and the rating pages. The build fails if one is missing
 * in either language (checks/linked-pages.ts), so those links never point at nothing.
 */
export const LINKED_PAGES = { about: 'about', methodology: 'methodology', sourceText: 'source-text' } as const;

/** Route fragments, so each page kind's address is written once. */
export const routes = {
  home: () => '',
  claims: () => 'claims',
  claim: (id: string) => `claims/${id}`,
  people: () => 'people',
  person: (id: string) => `people/${id}`,
  explainer: (slug: string) => `explainers/${slug}`,
  page: (slug: string) => slug,
  search: () => 'search',
  corrections: () => 'corrections',
  /** One month of the corrections log, YYYY-MM. */
  correctionsMonth: (month: string) => `corrections/${month}`,
  claimsWithRating: (rating: string) => `claims/rating/${rating}`,
  claimsOnTopic: (topic: string) => `claims/topic/${topic}`,
  /** A share card (PNG), named by `cardNames`. */
  card: (name: string) => `cards/${name}.png`,
} as const;

/** Share cards: one per claim and per explainer in each locale, and the site's for every other page. */
export const cardNames = {
  claim: (id: string) => `claims/${id}`,
  explainer: (slug: string) => `explainers/${slug}`,
  site: () => 'site',
} as const;

/** A `mailto:` link with a subject and a body, encoded so any title survives the trip. */
export function mailtoHref(address: string, subject: string, body = ''): string {
  const query = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body)}`] : [])].join(
    '&',
  );
  return `mailto:${address}?${query}`;
}

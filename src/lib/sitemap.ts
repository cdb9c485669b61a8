/**
 * The sitemap, with a `<lastmod>` for every page that is a fact about its content: the latest
 * date on which a record shown on the page was published, reviewed, updated or corrected. A list
 * page takes the newest of its records. Never the build time: a crawler should re-read a page
 * because it changed, not because the site was rebuilt.
 */
import { latestDate } from './corrections';
import { LANG_TAG, LOCALES, type Locale } from './i18n';
import { RATING_IDS } from './ratings';
import type { TopicId } from './topics';
import { LINKED_PAGES, routes } from './urls';

/** What the sitemap needs to know about the content, already dated (see corrections.ts lastModified). */
export interface DatedContent {
  claims: { id: string; rating: string; topics: TopicId[]; speaker: string; lastmod: string }[];
  /** Per locale: each explainer's slug and date. */
  explainers: Record<Locale, { slug: string; lastmod: string }[]>;
  /** Per locale: each prose page's slug and date. */
  pages: Record<Locale, { slug: string; lastmod: string }[]>;
  people: string[];
  topics: TopicId[];
  /** Per locale: the date of every correction (for the corrections log). */
  corrections: Record<Locale, string[]>;
}

export interface SitemapEntry {
  /** Route inside a locale (see urls.ts `routes`); the page exists in every locale. */
  route: string;
  lastmod: Record<Locale, string>;
}

const perLocale = (
  date: (locale: Locale) => string | undefined,
  fallback: Record<Locale, string>,
): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, date(l) ?? fallback[l]])) as Record<Locale, string>;

export function sitemapEntries(content: DatedContent): SitemapEntry[] {
  const newestClaim = (filter: (c: DatedContent['claims'][number]) => boolean = () => true) =>
    latestDate(...content.claims.filter(filter).map((c) => c.lastmod));
  const page = (locale: Locale, slug: string) => content.pages[locale].find((p) => p.slug === slug)?.lastmod;
  const everything = perLocale(
    (l) =>
      latestDate(
        newestClaim(),
        ...content.explainers[l].map((e) => e.lastmod),
        ...content.pages[l].map((p) => p.lastmod),
      ),
    { en: '', zh: '' },
  );
  const same = (date: string | undefined) => perLocale(() => date, everything);
  // A rating no claim has yet: its page shows the definition from the published scale.
  const scale = perLocale((l) => page(l, LINKED_PAGES.methodology), everything);

  return [
    {
      route: routes.home(),
      lastmod: perLocale((l) => latestDate(newestClaim(), ...content.explainers[l].map((e) => e.lastmod)), everything),
    },
    { route: routes.claims(), lastmod: same(newestClaim()) },
    ...content.claims.map((c) => ({ route: routes.claim(c.id), lastmod: same(c.lastmod) })),
    ...RATING_IDS.map((r) => {
      const date = newestClaim((c) => c.rating === r);
      return { route: routes.claimsWithRating(r), lastmod: date ? same(date) : scale };
    }),
    ...content.topics.map((topic) => ({
      route: routes.claimsOnTopic(topic),
      lastmod: same(newestClaim((c) => c.topics.includes(topic))),
    })),
    { route: routes.people(), lastmod: same(newestClaim()) },
    ...content.people.map((id) => ({ route: routes.person(id), lastmod: same(newestClaim((c) => c.speaker === id)) })),
    ...content.explainers.en.map((e) => ({
      route: routes.explainer(e.slug),
      lastmod: perLocale((l) => content.explainers[l].find((x) => x.slug === e.slug)?.lastmod, everything),
    })),
    ...content.pages.en.map((p) => ({
      route: routes.page(p.slug),
      lastmod: perLocale((l) => page(l, p.slug), everything),
    })),
    { route: routes.corrections(), lastmod: perLocale((l) => latestDate(...content.corrections[l]), scale) },
    // One page per month of the log, in every edition that logged something that month.
    ...[...new Set(LOCALES.flatMap((l) => content.corrections[l].map((d) => d.slice(0, 7))))].map((month) => ({
      route: routes.correctionsMonth(month),
      lastmod: perLocale((l) => latestDate(...content.corrections[l].filter((d) => d.startsWith(month))), scale),
    })),
    { route: routes.search(), lastmod: everything },
  ];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap protocol's limit of URLs per file. */
export const URLS_PER_SITEMAP = 50_000;

export interface SitemapUrl {
  locale: Locale;
  route: string;
  lastmod: string;
}

/** One URL per page and locale, split into files of at most `size` URLs. */
export function sitemapChunks(entries: SitemapEntry[], size = URLS_PER_SITEMAP): SitemapUrl[][] {
  const urls = entries.flatMap((e) =>
    LOCALES.map((locale) => ({ locale, route: e.route, lastmod: e.lastmod[locale] })),
  );
  const chunks: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += size) chunks.push(urls.slice(i, i + size));
  return chunks;
}

/** One `<urlset>`, each URL naming its language alternates. */
export function sitemapXml(urls: SitemapUrl[], urlOf: (locale: Locale, route: string) => string): string {
  const body = urls.map(({ locale, route, lastmod }) => {
    const alternates = LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${LANG_TAG[l]}" href="${escapeXml(urlOf(l, route))}"/>`,
    ).join('');
    return `<url><loc>${escapeXml(urlOf(locale, route))}</loc><lastmod>${lastmod}</lastmod>${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>\n`;
}

/** The index robots.txt names: each sitemap file with the newest date in it. */
export function sitemapIndexXml(files: { url: string; lastmod: string }[]): string {
  const body = files
    .map((f) => `<sitemap><loc>${escapeXml(f.url)}</loc><lastmod>${f.lastmod}</lastmod></sitemap>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

/**
 * The one loader every page uses: it reads all collections once, runs the cross-record checks
 * (so broken references fail the build, whichever page is built first) and indexes the records.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent } from '../lib/content-checks';
import { articleLastModified, claimLastModified, correctionsLog, type LogEntry } from '../lib/corrections';
import type { DatedContent } from '../lib/sitemap';
import { localeOfId, type Locale } from '../lib/i18n';
import { TOPIC_IDS, type TopicId } from '../lib/topics';
import { routes } from '../lib/urls';

export type Claim = CollectionEntry<'claims'>;
export type Person = CollectionEntry<'people'>;
export type Source = CollectionEntry<'sources'>;
export type Explainer = CollectionEntry<'explainers'>;
export type Page = CollectionEntry<'pages'>;
export type Figure = CollectionEntry<'figures'>;

export interface SiteContent {
  claims: Claim[];
  people: Person[];
  sources: Source[];
  explainers: Explainer[];
  pages: Page[];
  figures: Figure[];
  claim(id: string): Claim;
  person(id: string): Person;
  source(id: string): Source;
  figure(id: string): Figure;
  explainersIn(locale: Locale): Explainer[];
  explainer(slug: string, locale: Locale): Explainer;
  pagesIn(locale: Locale): Page[];
  /** Explainers (in one locale) that discuss a claim. */
  explainersDiscussing(claimId: string, locale: Locale): Explainer[];
  claimsBy(personId: string): Claim[];
  /** Topics at least one claim is filed under, in the scale's order; only these get a page. */
  topicsInUse(): TopicId[];
  /** Every correction on the site's pages in one locale, newest first. */
  correctionsIn(locale: Locale): LogEntry[];
  /** The content with the date each record last changed, for the sitemap. */
  dated(): DatedContent;
}

const byDateDesc = (a: Claim, b: Claim) =>
  (b.data.updated ?? b.data.reviewed).localeCompare(a.data.updated ?? a.data.reviewed) || a.id.localeCompare(b.id);

function index<T extends { id: string }>(entries: T[], kind: string) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id: string): T => {
    const found = map.get(id);
    // assertContent has already proved every reference resolves; this guards code paths only.
    if (!found) throw new Error(`No ${kind} with id "${id}"`);
    return found;
  };
}

/** The content with the date each record last changed, as the sitemap needs it. */
function datedContent(site: SiteContent): DatedContent {
  const byLocale = <T>(f: (locale: Locale) => T): Record<Locale, T> => ({ en: f('en'), zh: f('zh') });
  return {
    claims: site.claims.map((c) => ({
      id: c.id,
      rating: c.data.rating,
      topics: c.data.topics,
      speaker: c.data.speaker,
      lastmod: claimLastModified(c.data),
    })),
    explainers: byLocale((l) =>
      site.explainersIn(l).map((e) => ({ slug: e.data.slug, lastmod: articleLastModified(e.data) })),
    ),
    pages: byLocale((l) => site.pagesIn(l).map((p) => ({ slug: p.data.slug, lastmod: articleLastModified(p.data) }))),
    people: site.people.map((p) => p.id),
    topics: site.topicsInUse(),
    corrections: byLocale((l) => site.correctionsIn(l).map((c) => c.date)),
  };
}

let cached: Promise<SiteContent> | undefined;

export function loadSite(): Promise<SiteContent> {
  cached ??= (async () => {
    const [claims, people, sources, explainers, pages, figures] = await Promise.all([
      getCollection('claims'),
      getCollection('people'),
      getCollection('sources'),
      getCollection('explainers'),
      getCollection('pages'),
      getCollection('figures'),
    ]);
    assertContent({ claims, people, sources, explainers, pages, figures });
    claims.sort(byDateDesc);
    explainers.sort(
      (a, b) => a.data.published.localeCompare(b.data.published) || a.data.slug.localeCompare(b.data.slug),
    );
    const site: SiteContent = {
      claims,
      people,
      sources,
      explainers,
      pages,
      figures,
      claim: index(claims, 'claim'),
      person: index(people, 'person'),
      source: index(sources, 'source'),
      figure: index(figures, 'figure'),
      explainersIn: (locale) => explainers.filter((e) => localeOfId(e.id) === locale),
      explainer: (slug, locale) => {
        const found = explainers.find((e) => e.data.slug === slug && localeOfId(e.id) === locale);
        if (!found) throw new Error(`No ${locale} explainer with slug "${slug}"`);
        return found;
      },
      pagesIn: (locale) => pages.filter((p) => localeOfId(p.id) === locale),
      explainersDiscussing: (claimId, locale) =>
        explainers.filter((e) => localeOfId(e.id) === locale && e.data.claims.includes(claimId)),
      claimsBy: (personId) => claims.filter((c) => c.data.speaker === personId),
      topicsInUse: () => TOPIC_IDS.filter((topic) => claims.some((c) => c.data.topics.includes(topic))),
      dated: () => datedContent(site),
      correctionsIn: (locale) =>
        correctionsLog(
          [
            ...claims.map((c) => ({
              title: c.data.summary[locale],
              route: routes.claim(c.id),
              corrections: c.data.corrections,
            })),
            ...explainers
              .filter((e) => localeOfId(e.id) === locale)
              .map((e) => ({
                title: e.data.title,
                route: routes.explainer(e.data.slug),
                corrections: e.data.corrections,
              })),
            ...pages
              .filter((p) => localeOfId(p.id) === locale)
              .map((p) => ({ title: p.data.title, route: routes.page(p.data.slug), corrections: p.data.corrections })),
          ],
          locale,
        ),
    };
    return site;
  })();
  return cached;
}

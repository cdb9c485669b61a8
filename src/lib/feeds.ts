/**
 * Machine-readable outputs for aggregators and researchers, as pure functions of the records:
 * the ClaimReview DataFeed, the CSV download and the RSS items.
 */
import type { DataFeed, WithContext } from 'schema-dts';
import { articleLastModified, claimLastModified, latestDate, type LogEntry } from './corrections';
import { LOCALES, t, type Locale } from './i18n';
import { CONTENT_LICENCE } from './licence';
import { markdownToText } from './mdx-text';
import { RATINGS } from './ratings';
import type { ClaimData, ExplainerData, PersonData } from './schemas';
import { claimReviewJsonLd, type Keyed } from './structured-data/builders';
import { pageUrl, siteOrganization, type SiteContext } from './structured-data/context';
import { routes } from './urls';

export function claimsDataFeed(
  ctx: SiteContext,
  claims: Keyed<ClaimData>[],
  speakerOf: (claim: Keyed<ClaimData>) => Keyed<PersonData>,
): WithContext<DataFeed> {
  const modified = latestDate(...claims.map((c) => claimLastModified(c.data)));
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: `${t('en', 'site.name')}: ${t('en', 'claims.title')}`,
    description: t('en', 'claims.description'),
    url: pageUrl(ctx, 'en', 'claims.json'),
    publisher: siteOrganization(ctx, 'en'),
    license: CONTENT_LICENCE.url,
    ...(modified && { dateModified: modified }),
    // Each review once per language: the English and the Chinese page each carry their own.
    dataFeedElement: LOCALES.flatMap((locale) =>
      claims.map((claim) => {
        const { '@context': _, ...review } = claimReviewJsonLd(
          ctx,
          locale,
          claim,
          speakerOf(claim),
        ) as unknown as Record<string, unknown>;
        return review as never;
      }),
    ),
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One CSV field: quoted, and defused so spreadsheet programs do not run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'id',
  'claim_en',
  'claim_zh',
  'summary_en',
  'speaker',
  'speaker_id',
  'date_first_appeared',
  'first_appearance_url',
  'rating',
  'rating_value',
  'verdict_en',
  'reviewed',
  'url_en',
  'url_zh',
  'last_modified',
  'corrections',
  'last_correction',
] as const;

export function claimsCsv(
  ctx: SiteContext,
  claims: Keyed<ClaimData>[],
  speakerOf: (claim: Keyed<ClaimData>) => Keyed<PersonData>,
): string {
  const rows = claims.map((c) => {
    const speaker = speakerOf(c);
    const rating = RATINGS[c.data.rating];
    return [
      c.id,
      c.data.statement.en,
      c.data.statement.zh,
      c.data.summary.en,
      speaker.data.name.en,
      speaker.id,
      c.data.appearance.date,
      c.data.appearance.url,
      rating.label.en,
      rating.value,
      markdownToText(c.data.verdict.en),
      c.data.updated ?? c.data.reviewed,
      pageUrl(ctx, 'en', routes.claim(c.id)),
      pageUrl(ctx, 'zh', routes.claim(c.id)),
      claimLastModified(c.data),
      c.data.corrections.length,
      c.data.corrections[0]?.date,
    ];
  });
  // CRLF line ends and a BOM: RFC 4180, and Excel then reads the Chinese columns as UTF-8.
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface FeedItem {
  title: string;
  link: string;
  /** When the page was first published (RSS has no field for a later change). */
  pubDate: Date;
  /** When it last changed, as in the sitemap: published as `<atom:updated>`. */
  updated: string;
  description: string;
}

/**
 * The locale's feed: explainers, claim reviews, and each correction as an item of its own, so a
 * subscriber learns of a fix the way they learned of the page (see README, "Corrections").
 */
export function rssItems(
  ctx: SiteContext,
  locale: Locale,
  claims: Keyed<ClaimData>[],
  explainers: ExplainerData[],
  corrections: LogEntry[] = [],
): FeedItem[] {
  const items: FeedItem[] = [
    ...explainers.map((e) => ({
      title: e.title,
      link: pageUrl(ctx, locale, routes.explainer(e.slug)),
      pubDate: day(e.published),
      updated: articleLastModified(e),
      description: e.description,
    })),
    ...claims.map((c) => ({
      title: `${RATINGS[c.data.rating].label[locale]}${t(locale, 'sep.colon')}${c.data.summary[locale]}`,
      link: pageUrl(ctx, locale, routes.claim(c.id)),
      pubDate: day(c.data.reviewed),
      updated: claimLastModified(c.data),
      description: markdownToText(c.data.verdict[locale]),
    })),
    ...corrections.map((c) => ({
      title: t(locale, 'corrections.feedItem', { kind: t(locale, `correction.kind.${c.kind}`), title: c.pageTitle }),
      link: `${pageUrl(ctx, locale, c.route)}#${c.anchor}`,
      pubDate: day(c.date),
      updated: c.date,
      description: c.note,
    })),
  ];
  return items.sort(
    (a, b) =>
      b.updated.localeCompare(a.updated) || b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link),
  );
}

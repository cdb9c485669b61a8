/**
 * Pure builders from content records to schema.org JSON-LD, typed with schema-dts.
 * Google's fact-check rules shape ClaimReview: one review per claim page, `claimReviewed` a short
 * summary without the verdict, the textual rating in `alternateName`, numbers only where the
 * scale has them.
 */
import type {
  Article,
  BreadcrumbList,
  ClaimReview,
  CorrectionComment,
  Dataset,
  Organization,
  Person,
  Thing,
  WithContext,
} from 'schema-dts';
import { articleLastModified, claimLastModified, correctionAnchors } from '../corrections';
import { CONTENT_LICENCE } from '../licence';
import { LANG_TAG, t, type Locale } from '../i18n';
import { markdownToText } from '../mdx-text';
import { RATING_RANGE, RATINGS } from '../ratings';
import type { ClaimData, Correction, ExplainerData, PersonData } from '../schemas';
import { TOPICS } from '../topics';
import { routes } from '../urls';
import { ids, pageUrl, siteOrganization, websiteNode, type SiteContext } from './context';

const CONTEXT = 'https://schema.org' as const;

export interface Keyed<T> {
  id: string;
  data: T;
}

/** A speaker as the `author` of a claim: Person or Organization, with sameAs where known. */
export function speakerNode(
  ctx: SiteContext,
  locale: Locale,
  person: Keyed<PersonData>,
): Exclude<Person | Organization, string> {
  const common = {
    '@id': ids.person(ctx, locale, person.id),
    name: person.data.name[locale],
    ...(person.data.sameAs.length > 0 && { sameAs: person.data.sameAs }),
    url: pageUrl(ctx, locale, routes.person(person.id)),
  };
  return person.data.kind === 'person'
    ? { '@type': 'Person', ...common, jobTitle: person.data.role[locale] }
    : { '@type': 'Organization', ...common, description: person.data.role[locale] };
}

/**
 * Each published correction as a schema.org CorrectionComment, linked to its notice on the page,
 * so aggregators see what changed and when, not only that `dateModified` moved.
 */
export function correctionNodes(
  ctx: SiteContext,
  locale: Locale,
  route: string,
  corrections: Correction[],
): Exclude<CorrectionComment, string>[] {
  const anchors = correctionAnchors(corrections);
  return corrections.map((c, i) => ({
    '@type': 'CorrectionComment',
    url: `${pageUrl(ctx, locale, route)}#${anchors[i]}`,
    datePublished: c.date,
    text: c.note[locale],
  }));
}

export function claimReviewJsonLd(
  ctx: SiteContext,
  locale: Locale,
  claim: Keyed<ClaimData>,
  speaker: Keyed<PersonData>,
): WithContext<ClaimReview> {
  const d = claim.data;
  const rating = RATINGS[d.rating];
  const organization = siteOrganization(ctx, locale);
  return {
    '@context': CONTEXT,
    '@type': 'ClaimReview',
    '@id': ids.claimReview(ctx, locale, claim.id),
    url: pageUrl(ctx, locale, routes.claim(claim.id)),
    claimReviewed: d.summary[locale],
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.label[locale],
      ...(rating.value !== null && {
        ratingValue: rating.value,
        bestRating: RATING_RANGE.best,
        worstRating: RATING_RANGE.worst,
      }),
      ratingExplanation: markdownToText(d.verdict[locale]),
    },
    author: organization,
    publisher: organization,
    datePublished: d.reviewed,
    dateModified: claimLastModified(d),
    ...(d.corrections.length > 0 && {
      correction: correctionNodes(ctx, locale, routes.claim(claim.id), d.corrections),
    }),
    inLanguage: LANG_TAG[locale],
    itemReviewed: {
      '@type': 'Claim',
      author: speakerNode(ctx, locale, speaker),
      datePublished: d.appearance.date,
      appearance: { '@type': 'CreativeWork', url: d.appearance.url, name: d.appearance.medium[locale] },
      firstAppearance: { '@type': 'CreativeWork', url: d.appearance.url, name: d.appearance.medium[locale] },
      text: d.statement[locale],
    },
  };
}

export function articleJsonLd(
  ctx: SiteContext,
  locale: Locale,
  explainer: ExplainerData,
  claimIds: string[],
): WithContext<Article> {
  const organization = siteOrganization(ctx, locale);
  const url = pageUrl(ctx, locale, routes.explainer(explainer.slug));
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': ids.article(ctx, locale, explainer.slug),
    url,
    mainEntityOfPage: url,
    headline: explainer.title,
    description: explainer.description,
    datePublished: explainer.published,
    dateModified: articleLastModified(explainer),
    ...(explainer.corrections.length > 0 && {
      correction: correctionNodes(ctx, locale, routes.explainer(explainer.slug), explainer.corrections),
    }),
    author: organization,
    publisher: organization,
    inLanguage: LANG_TAG[locale],
    about: { '@type': 'Thing', name: TOPICS[explainer.topic][locale] } satisfies Thing,
    // The reviews live on their own pages; an explainer refers to them, never repeats them.
    mentions: claimIds.map((id) => ({ '@id': ids.claimReview(ctx, locale, id) })),
    isPartOf: { '@id': ids.website(ctx, locale) },
  };
}

export function personJsonLd(
  ctx: SiteContext,
  locale: Locale,
  person: Keyed<PersonData>,
): WithContext<Person | Organization> {
  return { '@context': CONTEXT, ...speakerNode(ctx, locale, person) } as WithContext<Person | Organization>;
}

export function breadcrumbJsonLd(crumbs: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** The home page: the site and its publisher. */
export function homeJsonLd(ctx: SiteContext, locale: Locale) {
  return [
    { '@context': CONTEXT, ...websiteNode(ctx, locale) },
    { '@context': CONTEXT, ...siteOrganization(ctx, locale) },
  ];
}

/** A figure's data file, offered as one more download of the site's data set. */
export interface FigureDownload {
  name: string;
  csvUrl: string;
}

/** The claims index describes the downloadable data set: the DataFeed, the CSV, and each figure's CSV. */
export function claimsDatasetJsonLd(
  ctx: SiteContext,
  locale: Locale,
  claimCount: number,
  feedUrl: string,
  csvUrl: string,
  figures: FigureDownload[] = [],
): WithContext<Dataset> {
  const organization = siteOrganization(ctx, locale);
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: t(locale, 'claims.title'),
    description: `${t(locale, 'claims.description')} ${t(locale, 'claims.count', { n: claimCount })}`,
    url: pageUrl(ctx, locale, routes.claims()),
    inLanguage: [LANG_TAG.en, LANG_TAG.zh],
    creator: organization,
    publisher: organization,
    isAccessibleForFree: true,
    license: CONTENT_LICENCE.url,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/ld+json', contentUrl: feedUrl },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: csvUrl },
      ...figures.map((f) => ({
        '@type': 'DataDownload' as const,
        encodingFormat: 'text/csv',
        contentUrl: f.csvUrl,
        name: f.name,
      })),
    ],
  };
}

import type { Organization, SearchAction, WebSite, WithActionConstraints } from 'schema-dts';
import { LANG_TAG, LOCALES, t, type Locale } from '../i18n';
import { LOGO_SIZE } from '../site-mark';
import { absoluteUrl, assetPath, localePath, routes } from '../urls';

/** Where the site lives; passed in so every builder is a pure function of its inputs. */
export interface SiteContext {
  site: string;
  base: string;
  /** Where readers report errors (CONTACT_EMAIL, read in src/data/site-context.ts). */
  contact: string;
}

export const abs = (ctx: SiteContext, path: string) => absoluteUrl(path, ctx.site);
export const pageUrl = (ctx: SiteContext, locale: Locale, route: string) =>
  abs(ctx, localePath(locale, route, ctx.base));

/** Stable node ids, so pages can refer to one another's entities instead of repeating them. */
export const ids = {
  organization: (ctx: SiteContext) => `${abs(ctx, ctx.base)}#organization`,
  website: (ctx: SiteContext, locale: Locale) => `${pageUrl(ctx, locale, routes.home())}#website`,
  claimReview: (ctx: SiteContext, locale: Locale, claimId: string) =>
    `${pageUrl(ctx, locale, routes.claim(claimId))}#review`,
  article: (ctx: SiteContext, locale: Locale, slug: string) =>
    `${pageUrl(ctx, locale, routes.explainer(slug))}#article`,
  person: (ctx: SiteContext, locale: Locale, personId: string) =>
    `${pageUrl(ctx, locale, routes.person(personId))}#entity`,
};

/** The site's publisher, used as author and publisher of every review and explainer. */
export function siteOrganization(ctx: SiteContext, locale: Locale): Exclude<Organization, string> {
  return {
    '@type': 'Organization',
    '@id': ids.organization(ctx),
    name: t(locale, 'site.name'),
    url: pageUrl(ctx, locale, routes.home()),
    logo: {
      '@type': 'ImageObject',
      url: abs(ctx, assetPath('logo.png', ctx.base)),
      width: String(LOGO_SIZE),
      height: String(LOGO_SIZE),
    },
  };
}

function searchAction(ctx: SiteContext, locale: Locale): WithActionConstraints<Exclude<SearchAction, string>> {
  return {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${pageUrl(ctx, locale, routes.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
}

export function websiteNode(ctx: SiteContext, locale: Locale): Exclude<WebSite, string> {
  return {
    '@type': 'WebSite',
    '@id': ids.website(ctx, locale),
    name: t(locale, 'site.name'),
    description: t(locale, 'site.tagline'),
    url: pageUrl(ctx, locale, routes.home()),
    inLanguage: LANG_TAG[locale],
    publisher: { '@id': ids.organization(ctx) },
    workTranslation: LOCALES.filter((l) => l !== locale).map((l) => ({ '@id': ids.website(ctx, l) })),
    // The search page reads ?q= and runs the search, so this template is a working deep link.
    potentialAction: searchAction(ctx, locale),
  };
}

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { rssItems } from '../../lib/feeds';
import { LANG_TAG, t, type Locale } from '../../lib/i18n';
import { localePaths } from '../../lib/routing';
import { buildContext, pageUrl } from '../../lib/structured-data/context';
import { routes } from '../../lib/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as Locale;
  const site = await loadSite();
  const ctx = buildContext();
  return rss({
    title: t(locale, 'site.name'),
    description: t(locale, 'site.tagline'),
    site: pageUrl(ctx, locale, routes.home()),
    items: rssItems(ctx, locale, site.claims, site.explainersIn(locale).map((e) => e.data), site.correctionsIn(locale)),
    customData: `<language>${LANG_TAG[locale]}</language>`,
  });
};

import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../data/site';
import { rssItems } from '../../lib/feeds';
import { LANG_TAG, t } from '../../lib/i18n';
import { localePaths } from '../../lib/routing';
import { pageUrl } from '../../lib/structured-data/context';
import { buildContext } from '../../data/site-context';
import { routes } from '../../lib/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { locale } = props;
  const site = await loadSite();
  const ctx = buildContext();
  return rss({
    title: t(locale, 'site.name'),
    description: t(locale, 'site.tagline'),
    site: pageUrl(ctx, locale, routes.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // RSS 2.0 has only pubDate; the date a page last changed travels as atom:updated.
    items: rssItems(
      ctx,
      locale,
      site.claims,
      site.explainersIn(locale).map((e) => e.data),
      site.correctionsIn(locale),
    ).map(({ updated, ...item }) => ({
      ...item,
      customData: `<atom:updated>${updated}T00:00:00Z</atom:updated>`,
    })),
    customData: `<language>${LANG_TAG[locale]}</language>`,
  });
};

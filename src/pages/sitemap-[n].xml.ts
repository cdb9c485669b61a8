import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../data/site';
import { sitemapChunks, sitemapEntries, sitemapXml } from '../lib/sitemap';
import { pageUrl } from '../lib/structured-data/context';
import { buildContext } from '../data/site-context';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return sitemapChunks(sitemapEntries(site.dated())).map((urls, n) => ({ params: { n: String(n) }, props: { urls } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ urls: ReturnType<typeof sitemapChunks>[number] }> = ({ props }) => {
  const ctx = buildContext();
  return new Response(
    sitemapXml(props.urls, (locale, route) => pageUrl(ctx, locale, route)),
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};

import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { latestDate } from '../lib/corrections';
import { sitemapChunks, sitemapEntries, sitemapIndexXml } from '../lib/sitemap';
import { abs } from '../lib/structured-data/context';
import { buildContext } from '../data/site-context';
import { assetPath } from '../lib/urls';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const ctx = buildContext();
  const files = sitemapChunks(sitemapEntries(site.dated())).map((urls, n) => ({
    url: abs(ctx, assetPath(`sitemap-${n}.xml`)),
    lastmod: latestDate(...urls.map((u) => u.lastmod))!,
  }));
  return new Response(sitemapIndexXml(files), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

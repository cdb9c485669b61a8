import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { claimsDataFeed } from '../lib/feeds';
import { buildContext } from '../data/site-context';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const feed = claimsDataFeed(buildContext(), site.claims, (c) => site.person(c.data.speaker));
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

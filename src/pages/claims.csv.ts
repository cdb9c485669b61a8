import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { claimsCsv } from '../lib/feeds';
import { buildContext } from '../data/site-context';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(
    claimsCsv(buildContext(), site.claims, (c) => site.person(c.data.speaker)),
    {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    },
  );
};

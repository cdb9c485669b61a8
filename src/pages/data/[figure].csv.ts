import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { figureCsv } from '../../lib/figures/model';

/** Every figure's data at a stable address, /data/<figure-id>.csv, for readers to re-check. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.figures.map((f) => ({ params: { figure: f.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const figure = site.figure(params.figure!);
  return new Response(
    figureCsv(figure.id, figure.data, (id) => site.source(id).data),
    {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    },
  );
};

import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localeParam } from '../../../lib/routing';
import { cardRenderer } from '../../../share-cards/draw';
import { loadShareCards } from '../../../share-cards/entries';
import { cardTree } from '../../../share-cards/layout';

/** Share cards: /cards/claims/<id>.png, /cards/explainers/<slug>.png and /cards/site.png, per locale. */
export async function getStaticPaths() {
  const [cards, renderer] = await Promise.all([loadShareCards(), cardRenderer()]);
  const paths = cards.map(({ locale, name, card, source }) => ({
    params: { locale: localeParam(locale), card: name },
    props: { tree: cardTree(card), source },
  }));
  // A build starts drawing every card now, so they are drawn while Astro renders the pages.
  if (import.meta.env.PROD) renderer.prepare(paths.map(({ props }) => props.tree));
  return paths;
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { tree, source } = props;
  const png = await (await cardRenderer()).draw(tree).catch((error: unknown) => {
    throw new Error(`Could not draw the share card for ${source}`, { cause: error });
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

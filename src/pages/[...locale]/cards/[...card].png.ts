import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { localeParam } from '../../../lib/routing';
import { cardRenderer } from '../../../share-cards/draw';
import { loadShareCards } from '../../../share-cards/entries';
import { cardTree } from '../../../share-cards/layout';

/** Share cards: /cards/claims/<id>.png, /cards/explainers/<slug>.png and /cards/site.png, per locale. */
export async function getStaticPaths() {
  return (await loadShareCards()).map(({ locale, name, card, source }) => ({
    params: { locale: localeParam(locale), card: name },
    props: { card, source },
  }));
}

/** Each card is drawn (or read from the cache) by its own route, one after another. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { card, source } = props;
  const png = await (await cardRenderer()).draw(cardTree(card)).catch((error: unknown) => {
    throw new Error(`Could not draw the share card for ${source}`, { cause: error });
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

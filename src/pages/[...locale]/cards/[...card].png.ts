import { readFile } from 'node:fs/promises';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadShareCards } from '../../../data/share-cards';
import { localeParam } from '../../../lib/routing';
import { cardTree } from '../../../lib/share-card';
import { cardRenderer } from '../../../render/share-cards';

/** Share cards: /cards/claims/<id>.png, /cards/explainers/<slug>.png and /cards/site.png, per locale. */
export async function getStaticPaths() {
  const [cards, renderer] = await Promise.all([loadShareCards(), cardRenderer()]);
  const paths = cards.map(({ locale, name, card, source }) => ({
    params: { locale: localeParam(locale), card: name },
    props: { tree: cardTree(card), source },
  }));
  // A build queues every card now, so the drawing threads work while Astro renders the pages;
  // each card route then waits for its own file. A failure surfaces in that route.
  if (import.meta.env.PROD) for (const { props } of paths) renderer.draw(props.tree, props.source).catch(() => {});
  return paths;
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { tree, source } = props;
  const file = await (await cardRenderer()).draw(tree, source);
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'content-type': 'image/png' } });
};

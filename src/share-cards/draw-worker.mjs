// One share-card drawing thread of the tinypool that draw.ts starts: it lays a card's element
// tree out with satori, rasterises the SVG with resvg, encodes the palette PNG with sharp and
// writes it into the card cache. Plain JavaScript, so Node can load it unbundled (tests, dev);
// in a build, draw.ts imports it dynamically, so Vite emits it as a chunk of its own and
// `workerUrl` (the module's own import.meta.url) is that chunk's real location, wherever the
// build runs from.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** Where this module is: the file the pool's threads load. */
export const workerUrl = import.meta.url;

/** Font files read once per thread, by path. */
const fontData = new Map();
const readFont = (path) => {
  if (!fontData.has(path)) fontData.set(path, readFileSync(path));
  return fontData.get(path);
};

/**
 * Draws one card into `file`. The options (sizes, fonts, renderer settings) come from draw.ts
 * with every task, so they are defined in one place and are part of the cache key there.
 * @param {{ tree: unknown, file: string, fonts: { name: string, path: string, weight: number }[],
 *   satori: object, resvg: object, png: object }} task
 */
export default async function drawCard({ tree, file, fonts, satori: satoriOptions, resvg, png: pngOptions }) {
  const svg = await satori(tree, {
    ...satoriOptions,
    fonts: fonts.map(({ path, ...font }) => ({ ...font, style: 'normal', data: readFont(path) })),
  });
  const image = new Resvg(svg, resvg).render();
  const raw = { width: image.width, height: image.height, channels: 4 };
  // The card is opaque: dropping the alpha channel spares the quantiser and the file a channel.
  const png = await sharp(image.pixels, { raw }).removeAlpha().png(pngOptions).toBuffer();
  // Written aside and renamed, so a build stopped mid-write never leaves a broken card behind.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

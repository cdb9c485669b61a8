// One share-card drawing thread (see src/render/share-cards.ts, which starts a pool of them): it
// lays a card's element tree out with satori and rasterises the SVG with resvg, then writes the
// PNG into the card cache. Plain JavaScript, loaded by path: it is never bundled.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ fonts: { name: string, path: string, weight: number, style: 'normal' }[], satori: { width: number, height: number }, resvg: object }} */
const options = workerData;
const fonts = options.fonts.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));

parentPort?.on('message', async ({ id, tree, file }) => {
  try {
    const svg = await satori(tree, { ...options.satori, fonts });
    const png = new Resvg(svg, options.resvg).render().asPng();
    // Written aside and renamed, so a build stopped mid-write never leaves a broken card behind.
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    parentPort?.postMessage({ id });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

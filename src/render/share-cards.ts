/**
 * Draws share cards (what they show is decided in src/lib/share-card.ts) at build time.
 *
 * - Fonts: Noto Sans SC regular and bold from the @expo-google-fonts/noto-sans-sc package, never
 *   the system's, so every machine draws the same card.
 * - Text is measured, and every character checked against the font's character map, with
 *   HarfBuzz: the shaper satori draws with, so a measured line is as wide as the drawn one.
 * - satori lays the element tree out into an SVG with the text as paths; resvg rasterises it.
 *   Both run in a pool of worker threads (share-card-worker.mjs): a card costs about 45 ms of CPU,
 *   most of it PNG encoding, and thousands of cards would otherwise keep one core busy for minutes.
 * - PNGs are cached on disk under a hash of everything they depend on (the element tree, the font
 *   files, the renderer versions and options), so an unchanged card is read back, not redrawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HarfBuzz } from 'harfbuzzjs';
import {
  cardCacheKey,
  CARD_HEIGHT,
  CARD_WIDTH,
  FONT_FAMILY,
  FONT_WEIGHT,
  type CardNode,
  type FontRole,
  type Measurer,
} from '../lib/share-card';

const require = createRequire(import.meta.url);

const FONT_FILES: Record<FontRole, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
export const FONT_NAMES: Record<FontRole, string> = { regular: 'Noto Sans SC Regular', bold: 'Noto Sans SC Bold' };

/**
 * Paths are taken from the working directory, which `astro build` requires to be the project
 * root (content.config.ts reads ./content the same way): this module runs from Astro's bundle,
 * not from src/, so it cannot find the worker file relative to itself.
 */
const WORKER_FILE = resolve('src/render/share-card-worker.mjs');
/** Cards are cached outside the repository; SHARE_CARD_CACHE moves the folder (the benchmark starts cold). */
export const CARD_CACHE_DIR = resolve(process.env.SHARE_CARD_CACHE ?? 'node_modules/.cache/share-cards');
/** Two threads on this project's 2-core build machine; more cores draw faster, up to a memory-friendly 4. */
const POOL_SIZE = Math.min(4, Math.max(1, availableParallelism()));

const ROLES: FontRole[] = ['regular', 'bold'];
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export interface CardRenderer {
  measure: Measurer;
  /** The code points each font has a glyph for. */
  coverage: Record<FontRole, ReadonlySet<number>>;
  /**
   * The card's PNG file in the cache, drawn first if it is not there. Each card is drawn once;
   * `label` names it in an error (the record it shows).
   */
  draw(tree: CardNode, label: string): Promise<string>;
}

interface Job {
  id: number;
  tree: CardNode;
  file: string;
  label: string;
  done: (error?: Error) => void;
}

/** A fixed set of worker threads, started on the first card that is not in the cache. */
function workerPool(workerData: unknown) {
  const queue: Job[] = [];
  const running = new Map<number, Job>();
  const idle: Worker[] = [];
  let started = false;
  let broken: Error | undefined;
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      running.set(job.id, job);
      // A busy thread keeps the process alive until its card is written; an idle one does not.
      worker.ref();
      worker.postMessage({ id: job.id, tree: job.tree, file: job.file });
    }
  };
  // A thread that dies takes the build down with it, rather than leave cards waiting forever.
  const fail = (error: Error) => {
    broken ??= error;
    for (const job of [...running.values(), ...queue.splice(0)])
      job.done(new Error(`Could not draw the share card for ${job.label}: ${error.message}`));
    running.clear();
  };
  const start = () => {
    started = true;
    for (let i = 0; i < POOL_SIZE; i++) {
      const worker = new Worker(WORKER_FILE, { workerData });
      worker.unref();
      worker.on('message', ({ id, error }: { id: number; error?: string }) => {
        const job = running.get(id)!;
        running.delete(id);
        worker.unref();
        idle.push(worker);
        job.done(
          error === undefined ? undefined : new Error(`Could not draw the share card for ${job.label}:\n${error}`),
        );
        dispatch();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a drawing thread stopped (exit code ${code})`)));
      idle.push(worker);
    }
  };
  return (tree: CardNode, file: string, label: string) =>
    new Promise<void>((resolvePromise, reject) => {
      if (broken) return reject(new Error(`Could not draw the share card for ${label}: ${broken.message}`));
      if (!started) start();
      queue.push({ id: nextId++, tree, file, label, done: (error) => (error ? reject(error) : resolvePromise()) });
      dispatch();
    });
}

async function createRenderer(): Promise<CardRenderer> {
  const hb = await (require('harfbuzzjs') as Promise<HarfBuzz>);
  const paths = Object.fromEntries(ROLES.map((role) => [role, require.resolve(FONT_FILES[role])])) as Record<
    FontRole,
    string
  >;
  const data = Object.fromEntries(ROLES.map((role) => [role, readFileSync(paths[role])])) as Record<FontRole, Buffer>;
  const faces = Object.fromEntries(
    ROLES.map((role) => {
      const face = hb.createFace(hb.createBlob(data[role]), 0);
      return [role, { face, font: hb.createFont(face) }];
    }),
  ) as Record<FontRole, { face: ReturnType<typeof hb.createFace>; font: ReturnType<typeof hb.createFont> }>;

  const widths = new Map<string, number>();
  const measure: Measurer = (role, size) => (text) => {
    const key = `${role}\u0000${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const buffer = hb.createBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(faces[role].font, buffer);
      const advance = buffer.getGlyphPositions().reduce((sum, g) => sum + g.x_advance, 0);
      buffer.destroy();
      width = (advance / faces[role].face.upem) * size;
      widths.set(key, width);
    }
    return width;
  };
  const coverage = Object.fromEntries(
    ROLES.map((role) => [role, new Set(faces[role].face.collectUnicodes())]),
  ) as Record<FontRole, Set<number>>;

  const options = {
    fonts: ROLES.map((role) => ({ name: FONT_FAMILY, path: paths[role], weight: FONT_WEIGHT[role], style: 'normal' })),
    satori: { width: CARD_WIDTH, height: CARD_HEIGHT },
    // Text is drawn as paths by satori, so resvg needs no fonts, and must not pick up the system's.
    resvg: { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } },
  };
  const environment: Record<string, string> = {
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    options: JSON.stringify({ satori: options.satori, resvg: options.resvg }),
    ...Object.fromEntries(ROLES.map((role) => [`font-${role}`, createHash('sha256').update(data[role]).digest('hex')])),
  };
  mkdirSync(CARD_CACHE_DIR, { recursive: true });
  const pool = workerPool(options);
  const drawn = new Map<string, Promise<string>>();

  return {
    measure,
    coverage,
    draw(tree, label) {
      const file = join(CARD_CACHE_DIR, `${cardCacheKey(tree, environment)}.png`);
      let card = drawn.get(file);
      if (!card) {
        card = existsSync(file) ? Promise.resolve(file) : pool(tree, file, label).then(() => file);
        drawn.set(file, card);
      }
      return card;
    },
  };
}

let renderer: Promise<CardRenderer> | undefined;

/** One renderer per build: the fonts are read and parsed once. */
export function cardRenderer(): Promise<CardRenderer> {
  renderer ??= createRenderer();
  return renderer;
}

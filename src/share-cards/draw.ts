/**
 * Draws a card's element tree (layout.ts) at build time, behind a disk cache.
 *
 * - Fonts: Noto Sans SC regular and bold from the @expo-google-fonts/noto-sans-sc package, never
 *   the system's, so every machine draws the same card. Their character maps (read with HarfBuzz)
 *   feed the missing-glyph check.
 * - In a pool of threads (tinypool, draw-worker.mjs) satori lays the tree out into an SVG with
 *   the text as paths, resvg rasterises it, sharp encodes the pixels as an 8-bit palette PNG (a
 *   flat-colour card needs few colours: less than half the bytes of a truecolour PNG, see
 *   README.md here).
 * - prepare() hands every card to the pool ahead, so they are drawn while Astro renders pages.
 * - PNGs are cached on disk under a hash of everything they depend on (the element tree, the font
 *   files, the renderer versions and options), so an unchanged card is read back, not redrawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { HarfBuzz } from 'harfbuzzjs';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import Tinypool from 'tinypool';
import { CARD_HEIGHT, CARD_WIDTH, FONT_FAMILY, FONT_WEIGHT, type FontRole } from './card';
import type { CardNode } from './layout';

const require = createRequire(import.meta.url);

const FONT_FILES: Record<FontRole, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
export const FONT_NAMES: Record<FontRole, string> = { regular: 'Noto Sans SC Regular', bold: 'Noto Sans SC Bold' };
const ROLES: FontRole[] = ['regular', 'bold'];

/** Cards are cached outside the repository; SHARE_CARD_CACHE moves the folder (the benchmark starts cold). */
export const CARD_CACHE_DIR = resolve(process.env.SHARE_CARD_CACHE ?? 'node_modules/.cache/share-cards');

const SATORI = { width: CARD_WIDTH, height: CARD_HEIGHT };
/** Text is drawn as paths by satori, so resvg needs no fonts, and must not pick up the system's. */
const RESVG: ResvgRenderOptions = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } };
/**
 * An 8-bit palette PNG. A claim or explainer card has fewer than 256 colours (flat fills and the
 * anti-aliased edges of text in a few colours), so its palette holds them all: every pixel is
 * within one level (of 255) of the truecolour rendering, the quantiser's rounding. The site card
 * (six badge tints, about 400 colours) is quantised: within 9 levels, on badge edges. No
 * dithering: it would only speckle flat fills. Effort 1: higher efforts cost time, gained nothing.
 */
const PNG: PngOptions = { palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 9 };

export interface CardRenderer {
  /** The code points each font has a glyph for. */
  coverage: Record<FontRole, ReadonlySet<number>>;
  /**
   * The SVG satori lays the tree out into. With `textAsPaths: false` the text stays text, one
   * <text> element per run of a line, so a test can read the lines as satori broke them.
   */
  svg(tree: CardNode, options?: { textAsPaths?: boolean }): Promise<string>;
  /**
   * Starts drawing, in order, every card not in the cache, so they are drawn while Astro renders
   * the pages; a failure surfaces when draw() asks for that card.
   */
  prepare(trees: CardNode[]): void;
  /** The card's PNG, read from the cache or drawn (and cached) if it is not there. */
  draw(tree: CardNode): Promise<Uint8Array>;
}

/**
 * The cache key of a rendered card: a hash of everything the PNG depends on. The element tree
 * holds the texts, colours and layout (so a change to layout.ts changes the key); `environment`
 * holds digests of the font files and the renderer versions and options.
 */
export function cardCacheKey(tree: CardNode, environment: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(environment).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify({ width: CARD_WIDTH, height: CARD_HEIGHT, tree, environment: sorted }))
    .digest('hex')
    .slice(0, 32);
}

const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const byRole = <T>(f: (role: FontRole) => T) =>
  Object.fromEntries(ROLES.map((role) => [role, f(role)])) as Record<FontRole, T>;

async function createRenderer(): Promise<CardRenderer> {
  const hb = await (require('harfbuzzjs') as Promise<HarfBuzz>);
  const data = byRole((role) => readFileSync(require.resolve(FONT_FILES[role])));
  const coverage = byRole((role) => {
    const blob = hb.createBlob(data[role]);
    const face = hb.createFace(blob, 0);
    const codePoints = new Set(face.collectUnicodes());
    face.destroy();
    blob.destroy();
    return codePoints;
  });
  const fonts = ROLES.map((role) => ({
    name: FONT_FAMILY,
    data: data[role],
    weight: FONT_WEIGHT[role],
    style: 'normal' as const,
  }));
  const environment: Record<string, string> = {
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    // sharp's package.json is not exported; it names its own and libvips' versions.
    sharp: `${sharp.versions.sharp} (libvips ${sharp.versions.vips})`,
    options: JSON.stringify({ satori: SATORI, resvg: RESVG, png: PNG }),
    ...Object.fromEntries(ROLES.map((role) => [`font-${role}`, createHash('sha256').update(data[role]).digest('hex')])),
  };
  mkdirSync(CARD_CACHE_DIR, { recursive: true });

  const svg = (tree: CardNode, { textAsPaths = true } = {}) =>
    satori(tree as Parameters<typeof satori>[0], { ...SATORI, fonts, embedFont: textAsPaths });

  /** What every drawing task carries besides its tree: the same settings as the cache key's. */
  const settings = {
    fonts: ROLES.map((role) => ({
      name: FONT_FAMILY,
      path: require.resolve(FONT_FILES[role]),
      weight: FONT_WEIGHT[role],
    })),
    satori: SATORI,
    resvg: RESVG,
    png: PNG,
  };
  const pool = drawingPool();
  /** Each tree is hashed once, though prepare() and draw() both ask for its file. */
  const files = new WeakMap<CardNode, string>();
  const fileOf = (tree: CardNode) => {
    let file = files.get(tree);
    if (file === undefined) files.set(tree, (file = join(CARD_CACHE_DIR, `${cardCacheKey(tree, environment)}.png`)));
    return file;
  };
  /** Cards handed to the pool, by cache file: settled once the file is written. */
  const queued = new Map<string, Promise<void>>();
  /** The card's cache file, handed to the pool first unless it is cached or already queued. */
  const queue = (tree: CardNode) => {
    const file = fileOf(tree);
    if (queued.has(file) || existsSync(file)) return file;
    const written = pool.run({ ...settings, tree, file });
    // A failure is reported when draw() asks for the card, not as an unhandled rejection before.
    written.catch(() => {});
    queued.set(file, written);
    return file;
  };

  return {
    coverage,
    svg,
    prepare(trees) {
      for (const tree of trees) queue(tree);
    },
    async draw(tree) {
      const file = queue(tree);
      await queued.get(file);
      return readFile(file);
    },
  };
}

/**
 * The threads that draw cards (draw-worker.mjs): one per core the process may use, started when
 * the first card is queued and closed as soon as none is waiting, so a build never ends with a
 * thread holding it open. In a build Vite bundles this file; the worker module, imported
 * dynamically, becomes a chunk of its own and says where it is (its import.meta.url), so the
 * threads find it whatever the working directory or output folder.
 */
function drawingPool() {
  let pool: Promise<Tinypool> | undefined;
  let waiting = 0;
  return {
    async run(task: object): Promise<void> {
      waiting++;
      pool ??= import('./draw-worker.mjs').then((worker) => {
        // Reading the handler here also keeps it exported from the bundled chunk: Rollup drops
        // the exports of a dynamically imported module that the importer never reads.
        if (typeof worker.default !== 'function') throw new Error(`${worker.workerUrl} exports no drawing function`);
        const threads = availableParallelism();
        return new Tinypool({ filename: worker.workerUrl, minThreads: threads, maxThreads: threads });
      });
      const running = pool;
      try {
        await (await running).run(task);
      } finally {
        if (--waiting === 0 && pool === running) {
          pool = undefined;
          await (await running).destroy();
        }
      }
    },
  };
}

let renderer: Promise<CardRenderer> | undefined;

/** One renderer per build: the fonts are read and their character maps collected once. */
export function cardRenderer(): Promise<CardRenderer> {
  renderer ??= createRenderer();
  return renderer;
}

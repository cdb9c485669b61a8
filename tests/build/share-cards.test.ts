/**
 * Share cards in the real build and the sub-path build: every claim and explainer page names its
 * own card, every other page the site card of its language; each card is a 1200x630 PNG under
 * 60 KB at the URL the page names, an 8-bit palette PNG, the median card at most 30 KB; the alt text says the verdict in words. And every character
 * any card of the real content draws is in the font it is drawn in.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n';
import { RATINGS, type RatingId } from '../../src/lib/ratings';
import { claimCard, explainerCard, siteCard, type FontRole } from '../../src/share-cards/card';
import { cardRenderer, FONT_NAMES, type CardRenderer } from '../../src/share-cards/draw';
import { quoteStatement } from '../../src/lib/typography';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { listFiles, loadPages, type BuiltPage } from '../support/dist';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

const builds = [
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
];
const MAX_BYTES = 60 * 1024;
const MAX_MEDIAN_BYTES = 30 * 1024;
const claims = new Map(readYamlFolder('claims').map((c) => [c.id, c.data]));

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  // Bit depth 8, colour type 3: an 8-bit palette PNG (src/share-cards/draw.ts).
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), depth: bytes[24], colourType: bytes[25] };
}

const meta = (page: BuiltPage, key: string) =>
  page.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

describe.each(builds)('$name', ({ dist, base }) => {
  // The not-found page is not one to share: it has no Open Graph tags at all.
  const pages = loadPages(dist, base).filter((p) => p.file !== '404.html');
  const localeOf = (p: BuiltPage): Locale => (p.url.startsWith(`${base}zh/`) ? 'zh' : 'en');
  /** The route inside the locale: claims/<id>/, explainers/<slug>/, … */
  const routeOf = (p: BuiltPage) => p.url.slice(base.length).replace(/^zh\//, '');
  const cardPath = (p: BuiltPage) => new URL(meta(p, 'og:image') ?? '', 'https://invalid.example').pathname;
  const fileOf = (path: string) => join(dist, decodeURI(path).slice(base.length));

  it('names, on every claim and explainer page, its own card, and on every other page the site card', () => {
    for (const page of pages) {
      const prefix = `${base}${localeOf(page) === 'zh' ? 'zh/' : ''}cards/`;
      const own = /^(claims|explainers)\/([^/]+)\/$/.exec(routeOf(page));
      expect(cardPath(page), page.file).toBe(own ? `${prefix}${own[1]}/${own[2]}.png` : `${prefix}site.png`);
    }
    const own = pages.filter((p) => /^(claims|explainers)\/[^/]+\/$/.test(routeOf(p)));
    expect(own.length).toBe(2 * (claims.size + readMdxFolder('explainers').length / 2));
  });

  it('gives the card as an absolute URL on the site origin, with its size, type and alt text, for Open Graph and X', () => {
    for (const page of pages) {
      const image = meta(page, 'og:image') ?? '';
      const canonical =
        page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'https://canonical.missing';
      expect(image, page.file).toMatch(/^https:\/\//);
      expect(new URL(image).origin, page.file).toBe(new URL(canonical).origin);
      expect(meta(page, 'og:image:width'), page.file).toBe('1200');
      expect(meta(page, 'og:image:height'), page.file).toBe('630');
      expect(meta(page, 'og:image:type'), page.file).toBe('image/png');
      expect(meta(page, 'og:image:alt')?.trim(), page.file).toBeTruthy();
      expect(meta(page, 'twitter:card'), page.file).toBe('summary_large_image');
      expect(meta(page, 'twitter:image'), page.file).toBe(image);
      expect(meta(page, 'twitter:image:alt'), page.file).toBe(meta(page, 'og:image:alt'));
    }
  });

  it('says the verdict in words in the alt text of every claim card, with the claim itself', () => {
    for (const page of pages) {
      const id = /^claims\/([^/]+)\/$/.exec(routeOf(page))?.[1];
      if (!id) continue;
      const locale = localeOf(page);
      const claim = claims.get(id)!;
      const alt = meta(page, 'og:image:alt') ?? '';
      expect(alt, page.file).toContain(RATINGS[claim.rating as RatingId].label[locale]);
      // Quoted as the page quotes a statement: a quotation inside the summary nests as ‘ ’.
      expect(alt, page.file).toContain(quoteStatement(claim.summary[locale]));
      expect(alt, page.file).not.toMatch(/“[^”]*“/u);
    }
  });

  it('serves every named card: an 8-bit palette PNG of exactly 1200x630 under 60 KB, under the base path', () => {
    const named = new Set(pages.map(cardPath));
    const sizes: number[] = [];
    for (const path of named) {
      expect(path.startsWith(base), path).toBe(true);
      const file = fileOf(path);
      const bytes = readFileSync(file);
      expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630, depth: 8, colourType: 3 });
      expect(bytes.length, path).toBeLessThan(MAX_BYTES);
      sizes.push(bytes.length);
    }
    sizes.sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(MAX_MEDIAN_BYTES);
  });

  it('builds no card that no page names, and a different card for every claim and explainer page', () => {
    const named = pages.map(cardPath);
    const built = listFiles(dist)
      .filter((f) => /(^|\/)cards\/.+\.png$/.test(f))
      .map((f) => `${base}${f}`);
    expect(new Set(named)).toEqual(new Set(built));
    const own = named.filter((p) => !p.endsWith('/site.png'));
    expect(new Set(own).size).toBe(own.length);
    // Cards of the two languages differ, as do the cards of different claims.
    const bytes = new Set(built.map((p) => readFileSync(fileOf(p)).toString('base64')));
    expect(bytes.size).toBe(built.length);
    for (const p of built) expect(statSync(fileOf(p)).size).toBeGreaterThan(5_000);
  });
});

describe('glyph coverage of the real content', () => {
  let renderer: CardRenderer;
  beforeAll(async () => {
    renderer = await cardRenderer();
  });
  const people = new Map(readYamlFolder('people').map((p) => [p.id, p.data]));
  const explainers = readMdxFolder('explainers');

  it.each(LOCALES)('finds every character of every %s card in the font that draws it', (locale) => {
    const cards = [
      siteCard({ locale }),
      ...[...claims.values()].map((c) =>
        claimCard({
          locale,
          summary: c.summary[locale],
          speaker: people.get(c.speaker)!.name[locale],
          rating: c.rating,
        }),
      ),
      ...explainers
        .filter((e) => e.id.startsWith(`${locale}/`))
        .map((e) => explainerCard({ locale, title: e.data.title, description: e.data.description })),
    ];
    expect(cards.length).toBe(1 + claims.size + explainers.length / 2);
    const missing: string[] = [];
    for (const card of cards) {
      for (const { text, role } of card.texts) {
        for (const char of text) {
          if (!/\s/u.test(char) && !renderer.coverage[role as FontRole].has(char.codePointAt(0)!))
            missing.push(`${char} in "${text}" (${FONT_NAMES[role]})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

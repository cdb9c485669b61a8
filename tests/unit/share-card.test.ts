import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n';
import { RATING_IDS, RATINGS } from '../../src/lib/ratings';
import sharp from 'sharp';
import { Resvg } from '@resvg/resvg-js';
import { claimCard, claimCardAlt, explainerCard, explainerCardAlt, siteCard, TYPE } from '../../src/share-cards/card';
import { cardCacheKey, cardRenderer, type CardRenderer } from '../../src/share-cards/draw';
import { cardGlyphProblems, missingCharacters } from '../../src/share-cards/glyphs';
import { CARD_COLORS, cardTree, ratingSymbol, TEXT_RIGHT, type CardNode } from '../../src/share-cards/layout';
import { blockLines } from '../support/card-lines';
import { ROOT } from '../support/paths';

/** The real fonts and renderer, as in the build. */
let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await cardRenderer();
});

const ELLIPSIS = '…';

const LONG = {
  en: 'Nvidia lost $589 billion of market value in a single day, the largest one-day loss for any company in the history of the US stock market, after DeepSeek released R1 and investors questioned whether the AI boom needed so many chips',
  zh: '英伟达在一天之内蒸发了五千八百九十亿美元市值，创下美国股市有史以来单一公司单日市值损失的最高纪录，起因是 DeepSeek 发布了 R1，投资者开始怀疑人工智能热潮是否真的需要这么多芯片',
};

/** Every string inside a tree, in order. */
const strings = (node: CardNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : [node.props.children ?? []].flat().flatMap((child) => strings(child as CardNode | string));

describe('claim card', () => {
  /** The headline lines of a card as drawn. */
  const drawnHeadline = async (card: ReturnType<typeof claimCard>) =>
    blockLines(await renderer.svg(cardTree(card), { textAsPaths: false }), TYPE.claimHeadline.size);

  it.each(LOCALES)(
    'draws a too-long %s summary in three lines that fit, the last ending in an ellipsis',
    async (locale) => {
      const card = claimCard({ locale, summary: LONG[locale], speaker: 'Reuters', rating: 'accurate' });
      const lines = await drawnHeadline(card);
      expect(lines).toHaveLength(TYPE.claimHeadline.lines);
      expect(lines.at(-1)!.text.endsWith(ELLIPSIS)).toBe(true);
      for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
      // The text is cut, not rewritten: the lines are the start of the summary.
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(LONG[locale]).startsWith(squash(lines.map((l) => l.text).join('')).slice(0, -1))).toBe(true);
    },
  );

  it('shows a short summary whole, with the speaker, the rating label and the site name', async () => {
    const card = claimCard({
      locale: 'en',
      summary: 'Nvidia lost $589bn in a day',
      speaker: 'CNBC',
      rating: 'mostly-accurate',
    });
    expect((await drawnHeadline(card)).map((l) => l.text)).toEqual(['Nvidia lost $589bn in a day']);
    const drawn = strings(cardTree(card)).join(' ');
    for (const text of ['Nvidia lost $589bn in a day', 'CNBC', 'Mostly accurate', 'DeepSeek Moment Fact Check'])
      expect(drawn).toContain(text);
  });

  it('draws the badge in the rating colours of the page badge', () => {
    for (const rating of RATING_IDS) {
      const tree = JSON.stringify(cardTree(claimCard({ locale: 'zh', summary: '摘要', speaker: '某人', rating })));
      expect(tree, rating).toContain(RATINGS[rating].colors.light.bg);
      expect(tree, rating).toContain(RATINGS[rating].colors.light.fg);
    }
  });

  it('names the rating in words in the alt text, in each language', () => {
    for (const locale of LOCALES) {
      for (const rating of RATING_IDS) {
        const alt = claimCardAlt({ locale, summary: '…summary…', speaker: '…speaker…', rating });
        expect(alt).toContain(RATINGS[rating].label[locale]);
        expect(alt).toContain('…summary…');
        expect(alt).toContain('…speaker…');
      }
    }
  });

  it('quotes the summary and title in the alt text as the page quotes a statement, nesting ‘ ’ inside “ ”', () => {
    const claim = { speaker: 'S', rating: 'accurate' as const };
    expect(claimCardAlt({ ...claim, locale: 'zh', summary: '安德森称 DeepSeek 为“斯普特尼克时刻”' })).toContain(
      '说法：“安德森称 DeepSeek 为‘斯普特尼克时刻’”（S）',
    );
    expect(claimCardAlt({ ...claim, locale: 'en', summary: 'Andreessen called it "Sputnik moment"' })).toContain(
      'Claim: “Andreessen called it ‘Sputnik moment’” (S)',
    );
    expect(explainerCardAlt({ locale: 'zh', title: '“斯普特尼克时刻”之后', description: 'D' })).toBe(
      '解读卡片：“‘斯普特尼克时刻’之后”。',
    );
  });
});

describe('explainer and site cards', () => {
  it('clamp a long title and a long description to three lines each', async () => {
    const card = explainerCard({ locale: 'en', title: LONG.en, description: `${LONG.en} ${LONG.en}` });
    const svg = await renderer.svg(cardTree(card), { textAsPaths: false });
    const [title, description] = [TYPE.explainerHeadline, TYPE.description].map((spec) => blockLines(svg, spec.size));
    expect(title).toHaveLength(3);
    expect(description).toHaveLength(3);
    expect(title!.at(-1)!.text.endsWith(ELLIPSIS)).toBe(true);
    expect(description!.at(-1)!.text.endsWith(ELLIPSIS)).toBe(true);
  });

  it('show every rating of the scale on the site card', () => {
    for (const locale of LOCALES) {
      const drawn = strings(cardTree(siteCard({ locale })));
      for (const rating of RATING_IDS) expect(drawn).toContain(RATINGS[rating].label[locale]);
    }
  });
});

describe('rating symbols', () => {
  it('draw a shape for every rating, and different shapes for different ratings', () => {
    const shapes = RATING_IDS.map((rating) => ratingSymbol(rating, 24, '#000'));
    for (const shape of shapes) expect((shape.props.children as unknown[]).length).toBeGreaterThan(0);
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(RATING_IDS.length);
  });
});

describe('glyph coverage', () => {
  it('finds characters the font lacks, once each, and ignores whitespace', () => {
    const has = (cp: number) => cp < 0x3000;
    expect(missingCharacters('a b\u3000\u4e00c\u4e00', has)).toEqual(['\u4e00']);
  });

  it('reports which text of a card cannot be drawn, and in which font', () => {
    const card = claimCard({ locale: 'en', summary: 'Hieroglyph 𓀀 here', speaker: 'Scribe ✗', rating: 'unproven' });
    const problems = cardGlyphProblems(card, renderer.coverage);
    expect(problems).toEqual([
      { origin: 'summary', role: 'bold', missing: ['𓀀'] },
      { origin: 'speaker', role: 'regular', missing: ['✗'] },
    ]);
  });

  it('finds nothing missing in the interface strings of any card', () => {
    for (const locale of LOCALES) {
      const cards = [
        siteCard({ locale }),
        explainerCard({ locale, title: 'T', description: 'D' }),
        ...RATING_IDS.map((rating) => claimCard({ locale, summary: 'S', speaker: 'P', rating })),
      ];
      for (const card of cards) expect(cardGlyphProblems(card, renderer.coverage)).toEqual([]);
    }
  });
});

describe('cache key', () => {
  const tree = (summary: string, rating: (typeof RATING_IDS)[number] = 'accurate') =>
    cardTree(claimCard({ locale: 'en', summary, speaker: 'X', rating }));
  const env = { satori: '1', resvg: '2', 'font-bold': 'abc' };

  it('is the same for the same inputs, whatever the order of the environment', () => {
    expect(cardCacheKey(tree('A claim'), env)).toBe(
      cardCacheKey(tree('A claim'), { 'font-bold': 'abc', resvg: '2', satori: '1' }),
    );
  });

  it('changes with the text, the rating, a font or a renderer version', () => {
    const base = cardCacheKey(tree('A claim'), env);
    expect(cardCacheKey(tree('A claim.'), env)).not.toBe(base);
    expect(cardCacheKey(tree('A claim', 'inaccurate'), env)).not.toBe(base);
    expect(cardCacheKey(tree('A claim'), { ...env, 'font-bold': 'abd' })).not.toBe(base);
    expect(cardCacheKey(tree('A claim'), { ...env, satori: '1.0.1' })).not.toBe(base);
  });
});

describe('palette PNG', () => {
  /** Every pixel of the drawn PNG against resvg's truecolour rendering of the same SVG: the largest channel difference. */
  async function largestDifference(card: Parameters<typeof cardTree>[0]) {
    const tree = cardTree(card);
    const truecolour = new Resvg(await renderer.svg(tree), { fitTo: { mode: 'original' } }).render().pixels;
    const png = await renderer.draw(tree);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 1200, height: 630, channels: 4 });
    let largest = 0;
    for (let i = 0; i < data.length; i++) largest = Math.max(largest, Math.abs(data[i]! - truecolour[i]!));
    return { largest, bytes: png.length };
  }

  it.each(LOCALES)(
    'draws a %s claim card within one level of the truecolour rendering in every pixel',
    async (locale) => {
      for (const rating of RATING_IDS) {
        const card = claimCard({ locale, summary: LONG[locale], speaker: 'Reuters', rating });
        expect((await largestDifference(card)).largest, rating).toBeLessThanOrEqual(1);
      }
    },
  );

  it('quantises the site card, whose colours exceed a palette, without a visible change', async () => {
    const { largest } = await largestDifference(siteCard({ locale: 'zh' }));
    // 9 of 255 levels at most today, on anti-aliased edges of the badges.
    expect(largest).toBeLessThanOrEqual(12);
  });
});

describe('drawing ahead', () => {
  it('gives the same PNG for a card drawn ahead as for one drawn when asked for', async () => {
    const card = claimCard({ locale: 'en', summary: `Drawn ahead ${Date.now()}`, speaker: 'X', rating: 'unproven' });
    const other = claimCard({
      locale: 'en',
      summary: `Drawn when asked ${Date.now()}`,
      speaker: 'X',
      rating: 'unproven',
    });
    renderer.prepare([cardTree(card), cardTree(other)]);
    const ahead = await renderer.draw(cardTree(card));
    expect((await sharp(ahead).metadata()).width).toBe(1200);
    expect(Buffer.compare(ahead, await renderer.draw(cardTree(card)))).toBe(0);
  });

  it('reports a card that cannot be drawn when it is asked for, not before', async () => {
    const broken: CardNode = { type: 'div', props: { style: { display: 'grid-of-nonsense' }, children: ['x'] } };
    renderer.prepare([broken]);
    await expect(renderer.draw(broken)).rejects.toThrow();
  });
});

describe('card colours', () => {
  it('are the light theme of the page CSS (src/styles/global.css)', () => {
    const css = readFileSync(resolve(ROOT, 'src/styles/global.css'), 'utf8');
    const root = /@layer base \{\s*:root \{([^}]*)\}/.exec(css)?.[1] ?? '';
    // Each colour is light-dark(light, dark); the cards use the light one.
    const vars = Object.fromEntries(
      [...root.matchAll(/--color-([\w-]+)\s*:\s*light-dark\(([^,]+),[^;]+;/g)].map((m) => [
        m[1],
        m[2]!.trim().toLowerCase(),
      ]),
    );
    for (const [name, value] of Object.entries(CARD_COLORS)) expect(vars[name], name).toBe(value);
  });
});

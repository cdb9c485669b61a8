import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n';
import { RATING_IDS, RATINGS } from '../../src/lib/ratings';
import {
  CARD_COLORS,
  cardCacheKey,
  cardGlyphProblems,
  cardTree,
  claimCard,
  claimCardAlt,
  explainerCard,
  missingCharacters,
  ratingSymbol,
  siteCard,
  TEXT_WIDTH,
  TYPE,
  type CardNode,
} from '../../src/lib/share-card';
import { ELLIPSIS } from '../../src/lib/text-wrap';
import { cardRenderer, type CardRenderer } from '../../src/render/share-cards';
import { ROOT } from '../support/paths';

/** The real measure: Noto Sans SC shaped by HarfBuzz, as in the build. */
let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await cardRenderer();
});

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
  it.each(LOCALES)('wraps a too-long %s summary to three lines that fit, the last ending in an ellipsis', (locale) => {
    const card = claimCard({ locale, summary: LONG[locale], speaker: 'Reuters', rating: 'accurate' }, renderer.measure);
    expect(card.headline).toHaveLength(TYPE.claimHeadline.lines);
    expect(card.headline.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    const measure = renderer.measure(TYPE.claimHeadline.role, TYPE.claimHeadline.size);
    for (const line of card.headline) expect(measure(line), line).toBeLessThanOrEqual(TEXT_WIDTH);
    // The text is cut, not rewritten: the lines are the start of the summary.
    const shown = card.headline.join(locale === 'en' ? ' ' : '').slice(0, -1);
    expect(
      LONG[locale]
        .replace(/\s+/g, locale === 'en' ? ' ' : '')
        .startsWith(shown.replace(/\s+/g, locale === 'en' ? ' ' : '')),
    ).toBe(true);
  });

  it('shows a short summary whole, with the speaker, the rating label and the site name', () => {
    const card = claimCard(
      { locale: 'en', summary: 'Nvidia lost $589bn in a day', speaker: 'CNBC', rating: 'mostly-accurate' },
      renderer.measure,
    );
    expect(card.headline).toEqual(['Nvidia lost $589bn in a day']);
    const drawn = strings(cardTree(card)).join(' ');
    for (const text of ['Nvidia lost $589bn in a day', 'CNBC', 'Mostly accurate', 'DeepSeek Moment Fact Check'])
      expect(drawn).toContain(text);
  });

  it('draws the badge in the rating colours of the page badge', () => {
    for (const rating of RATING_IDS) {
      const tree = JSON.stringify(
        cardTree(claimCard({ locale: 'zh', summary: '摘要', speaker: '某人', rating }, renderer.measure)),
      );
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
});

describe('explainer and site cards', () => {
  it('clamp a long title and a long description to three lines each', () => {
    const card = explainerCard(
      { locale: 'en', title: LONG.en, description: `${LONG.en} ${LONG.en}` },
      renderer.measure,
    );
    expect(card.headline).toHaveLength(3);
    expect(card.description).toHaveLength(3);
    expect(card.description.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
  });

  it('show every rating of the scale on the site card', () => {
    for (const locale of LOCALES) {
      const drawn = strings(cardTree(siteCard({ locale }, renderer.measure)));
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
    const card = claimCard(
      { locale: 'en', summary: 'Hieroglyph 𓀀 here', speaker: 'Scribe ✗', rating: 'unproven' },
      renderer.measure,
    );
    const problems = cardGlyphProblems(card, renderer.coverage);
    expect(problems).toEqual([
      { origin: 'summary', role: 'bold', missing: ['𓀀'] },
      { origin: 'speaker', role: 'regular', missing: ['✗'] },
    ]);
  });

  it('finds nothing missing in the interface strings of any card', () => {
    for (const locale of LOCALES) {
      const cards = [
        siteCard({ locale }, renderer.measure),
        explainerCard({ locale, title: 'T', description: 'D' }, renderer.measure),
        ...RATING_IDS.map((rating) => claimCard({ locale, summary: 'S', speaker: 'P', rating }, renderer.measure)),
      ];
      for (const card of cards) expect(cardGlyphProblems(card, renderer.coverage)).toEqual([]);
    }
  });
});

describe('cache key', () => {
  const tree = (summary: string, rating: (typeof RATING_IDS)[number] = 'accurate') =>
    cardTree(claimCard({ locale: 'en', summary, speaker: 'X', rating }, renderer.measure));
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

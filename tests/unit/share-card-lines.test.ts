/**
 * Line breaking on share cards, as satori draws them (it wraps and clamps the text itself; see
 * src/share-cards/README.md): read back from the SVG of real cards in the real fonts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { claimCard, explainerCard, TYPE } from '../../src/share-cards/card';
import { cardRenderer, type CardRenderer } from '../../src/share-cards/draw';
import { cardTree, TEXT_RIGHT } from '../../src/share-cards/layout';
import { blockLines } from '../support/card-lines';

let renderer: CardRenderer;
beforeAll(async () => {
  renderer = await cardRenderer();
});

const ELLIPSIS = '…';
/** Closing punctuation no line may start with (Chinese typesetting, UAX #14 class CL/CP/EX/IS). */
const NO_LINE_START = /^[，。、：；！？）」』”’》]/u;

const headline = async (locale: 'en' | 'zh', summary: string) =>
  blockLines(
    await renderer.svg(cardTree(claimCard({ locale, summary, speaker: 'X', rating: 'accurate' })), {
      textAsPaths: false,
    }),
    TYPE.claimHeadline.size,
  );
const description = async (locale: 'en' | 'zh', text: string) =>
  blockLines(
    await renderer.svg(cardTree(explainerCard({ locale, title: 'T', description: text })), { textAsPaths: false }),
    TYPE.description.size,
  );

describe('share card lines', () => {
  it('leaves a summary that fits on one line alone', async () => {
    expect((await headline('en', 'Nvidia lost $589bn')).map((l) => l.text)).toEqual(['Nvidia lost $589bn']);
  });

  it('breaks English only at spaces and never lets a line overflow', async () => {
    const text = 'The AI diffusion rule came out on 13 Jan 2025, a week before the inauguration of a president';
    const lines = await description('en', text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
  });

  it('clamps a too-long English summary to three lines, the last cut after a word and ending in an ellipsis', async () => {
    const text = 'word '.repeat(200).trim();
    const lines = await headline('en', text);
    expect(lines).toHaveLength(TYPE.claimHeadline.lines);
    expect(lines[2]!.text).toMatch(/ word…$/u);
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
  });

  it('splits a word wider than the line between characters instead of overflowing', async () => {
    const url = 'https://example.org/a-very-long-address-with-no-spaces-in-it/and-then-some-more-of-it';
    const lines = await headline('en', url);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('')).toBe(url);
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
  });

  it('breaks Chinese between characters, never before closing punctuation, wherever the break falls', async () => {
    const text = '股价一天之内下跌了百分之十七，市值蒸发约五千九百亿美元、创下“单日”纪录（美国股市）。';
    // Each extra character at the start moves every natural break one place, so over one line's
    // worth of shifts every punctuation mark comes to fall at a line start at least once.
    const perLine = Math.floor((TEXT_RIGHT - 88) / TYPE.claimHeadline.size);
    let starts = 0;
    for (let shift = 0; shift <= perLine; shift++) {
      const shifted = '一'.repeat(shift) + text.slice(0, 40 - shift);
      const lines = await headline('zh', shifted);
      expect(lines.map((l) => l.text).join(''), `shift ${shift}`).toBe(shifted);
      for (const line of lines.slice(1)) {
        starts++;
        expect(line.text, `shift ${shift}`).not.toMatch(NO_LINE_START);
      }
      for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
    }
    expect(starts).toBeGreaterThan(perLine);
  });

  it('keeps an opening quote with what follows it', async () => {
    for (let shift = 0; shift < 16; shift++) {
      const lines = await headline('zh', `${'一'.repeat(shift)}安德森称“斯普特尼克时刻”和“另一个”的说法，见（注释）`);
      for (const line of lines.slice(0, -1)) expect(line.text, `shift ${shift}`).not.toMatch(/[“（]$/u);
    }
  });

  it('clamps Chinese to three lines with an ellipsis, inside the text width', async () => {
    const lines = await headline('zh', '这是一个非常长的中文摘要，'.repeat(20));
    expect(lines).toHaveLength(3);
    expect(lines[2]!.text.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(TEXT_RIGHT);
  });
});

import { describe, expect, it } from 'vitest';
import { breakPieces, ELLIPSIS, wrapText, type Measure } from '../../src/lib/text-wrap';

/** A monospaced stand-in: 10 px per Latin character, 20 px per CJK character (full width). */
const mono: Measure = (text) =>
  [...text].reduce((w, c) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 20 : 10), 0);
const en = (maxWidth: number, maxLines = 3) => ({ maxWidth, maxLines, measure: mono, locale: 'en' as const });
const zh = (maxWidth: number, maxLines = 3) => ({ maxWidth, maxLines, measure: mono, locale: 'zh' as const });

describe('wrapText', () => {
  it('leaves text that fits on one line alone', () => {
    expect(wrapText('Nvidia lost $589bn', en(500))).toEqual({ lines: ['Nvidia lost $589bn'], truncated: false });
  });

  it('breaks English only at spaces and never lets a line overflow', () => {
    const text = 'The AI diffusion rule came out on 13 Jan 2025, a week before inauguration';
    const { lines, truncated } = wrapText(text, en(250, 5));
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(mono(line), line).toBeLessThanOrEqual(250);
  });

  it('takes a word down rather than leave one word alone on the last line', () => {
    // Greedy filling gives "aaa bbb" / "ccc"; the last line takes "bbb" with it.
    expect(wrapText('aaa bbb ccc', en(70)).lines).toEqual(['aaa', 'bbb ccc']);
  });

  it('wraps a too-long summary to at most three lines, the last ending in an ellipsis', () => {
    const text = 'word '.repeat(200).trim();
    const { lines, truncated } = wrapText(text, en(300, 3));
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith(ELLIPSIS)).toBe(true);
    expect(lines[2]!.endsWith(` ${ELLIPSIS}`)).toBe(false);
    for (const line of lines) expect(mono(line), line).toBeLessThanOrEqual(300);
  });

  it('cuts English after a whole word and drops the comma before the ellipsis', () => {
    const { lines } = wrapText('alpha, beta, gamma, delta, epsilon, zeta, eta, theta', en(130, 1));
    expect(lines).toEqual([`alpha, beta${ELLIPSIS}`]);
  });

  it('splits a word wider than the line between characters instead of overflowing', () => {
    const url = 'https://example.org/a-very-long-address-with-no-spaces-in-it';
    const { lines } = wrapText(url, en(200, 5));
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(200);
  });

  it('cuts Chinese text anywhere between words, never before closing punctuation', () => {
    const text = '英伟达股价一天之内下跌了百分之十七，市值蒸发约五千九百亿美元，创下美国股市单日市值损失的纪录。';
    for (const width of [140, 160, 180, 200, 220, 240, 260, 300]) {
      const { lines } = wrapText(text, zh(width, 10));
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(mono(line), line).toBeLessThanOrEqual(width);
        expect(line, `width ${width}`).not.toMatch(/^[，。、：；！？）」』”]/u);
      }
    }
  });

  it('keeps a Chinese word whole and an opening quote with what follows', () => {
    expect(breakPieces('安德森称“斯普特尼克时刻”', 'zh')).not.toContain('“');
    expect(breakPieces('出口管制', 'zh')).toContain('出口');
    expect(breakPieces('“斯普特尼克时刻”', 'zh').at(-1)!.endsWith('”')).toBe(true);
  });

  it('breaks between English and Chinese words without spaces and after spaces', () => {
    const pieces = breakPieces('阿里巴巴称 Qwen2.5-Max 几乎全面超越美国对手', 'zh');
    expect(pieces).toContain('Qwen2.5-Max ');
    expect(pieces.join('')).toBe('阿里巴巴称 Qwen2.5-Max 几乎全面超越美国对手');
  });

  it('clamps Chinese to the line limit with an ellipsis that fits', () => {
    const text = '这是一个非常长的中文摘要，'.repeat(20);
    const { lines, truncated } = wrapText(text, zh(400, 3));
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith(ELLIPSIS)).toBe(true);
    expect(lines[2]).not.toMatch(/，…$/u);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(400);
  });
});

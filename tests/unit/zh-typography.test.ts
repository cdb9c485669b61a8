import { describe, expect, it } from 'vitest';
import {
  badStatementQuotes,
  doubledQuotes,
  halfWidthPunctuation,
  monthJing,
  ownVoice,
  parseStyleSheet,
  spaceAfterFullWidth,
  styleViolations,
  unrenderedEmphasis,
  unanchoredRelativeTime,
  unspacedDates,
} from '../../src/lib/zh-typography';

describe('Chinese typography checks', () => {
  it('finds half-width punctuation next to Chinese characters, and allows it in Latin text', () => {
    expect(halfWidthPunctuation('约翰·卡西迪, 《纽约客》专职撰稿人 (一手资料)')).toHaveLength(3);
    expect(halfWidthPunctuation('约翰·卡西迪，《纽约客》（一手资料）; see Qwen2.5-Max (2025), p. 3')).toEqual([]);
  });

  it('finds dates written without the house spaces', () => {
    expect(unspacedDates('2025年1月27日')).toHaveLength(3);
    expect(unspacedDates('2025 年 1 月 27 日，第 3 日')).toEqual([]);
  });

  it('finds a month followed by 经', () => {
    expect(monthJing('2025 年 9 月经同行评审')).toHaveLength(1);
    expect(monthJing('2025 年 9 月，经同行评审')).toEqual([]);
  });

  it('accepts a relative time word only in a sentence that names the year', () => {
    expect(unanchoredRelativeTime('帕特·基辛格去年 12 月卸任。')).toEqual(['帕特·基辛格去年 12 月卸任。']);
    expect(unanchoredRelativeTime('据 2025 年 1 月 28 日的报道，他去年 12 月卸任。')).toEqual([]);
  });

  it('finds doubled or straight quotation marks in a statement', () => {
    expect(badStatementQuotes('““你建一道墙””')).toHaveLength(2);
    expect(badStatementQuotes('"wall"')).toHaveLength(2);
    expect(badStatementQuotes('“‘斯普特尼克时刻’这一说法”')).toEqual([]);
  });

  it('finds the same quotation mark twice in a row, and allows marks that alternate', () => {
    expect(doubledQuotes('“他们说，‘不再向房地产贷款。’’”')).toHaveLength(1);
    expect(doubledQuotes('说法：“安德森把 DeepSeek 称为“斯普特尼克时刻””')).toHaveLength(1);
    expect(doubledQuotes('‘‘斯普特尼克时刻’')).toHaveLength(1);
    expect(doubledQuotes('“‘他们说，“不再贷款。”’”“而且更便宜。”')).toEqual([]);
  });

  it('finds a space after a full-width mark before a digit or a Latin letter', () => {
    expect(spaceAfterFullWidth('《财富》 1 月 28 日作了引述')).toHaveLength(1);
    expect(spaceAfterFullWidth('据《财富》 2025 年报道，X 上')).toHaveLength(1);
    expect(spaceAfterFullWidth('据《财富》2025 年报道，在 X 上；CNBC 称')).toEqual([]);
  });

  it('reads the style sheet table: code entries in 不用 are variants, /…/ a regular expression, — unchecked', () => {
    const sheet = [
      '| 概念 | 本站用法 | 不用 | 说明 |',
      '| --- | --- | --- | --- |',
      '| review | 核查 | `评析` | one word |',
      '| ranges | 39.1～40.7 | `/\\d–\\d/` | GB/T 15834 |',
      '| report | 报道 | — | by hand |',
    ].join('\n');
    const entries = parseStyleSheet(sheet);
    expect(entries.map((e) => e.use)).toEqual(['核查', '39.1～40.7']);
    expect(styleViolations([{ where: 'a.mdx:3', text: '原评析认为 39.1–40.7 吨' }], entries)).toEqual([
      'a.mdx:3: 评析 (use 核查)',
      'a.mdx:3: /\\d–\\d/ (use 39.1～40.7)',
    ]);
    expect(() => parseStyleSheet('| a | b |')).toThrow(/本站用法/);
  });

  it('checks only the own voice: quotations and titles are blanked, their marks kept', () => {
    expect(ownVoice('就 H20 的所谓“后门”风险；专栏称“评析”；《人工智能扩散框架》')).toBe(
      '就 H20 的所谓“”风险；专栏称“”；《》',
    );
    const entries = parseStyleSheet('| x | 本站用法 | 不用 |\n|---|---|---|\n| a | 称 | `所谓“` |');
    expect(styleViolations([{ where: 'b:1', text: '所谓“后门”' }], entries)).toHaveLength(1);
    expect(styleViolations([{ where: 'b:1', text: '译文称“所谓“后门”的风险”' }], entries)).toEqual([]);
  });

  it('finds Markdown emphasis printed as text', () => {
    expect(unrenderedEmphasis('**2018 年 4 月，中兴。**美国商务部')).toHaveLength(2);
    expect(unrenderedEmphasis('2018 年 4 月，中兴。美国商务部')).toEqual([]);
  });
});

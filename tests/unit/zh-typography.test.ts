import { describe, expect, it } from 'vitest';
import {
  badStatementQuotes,
  halfWidthPunctuation,
  monthJing,
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
});

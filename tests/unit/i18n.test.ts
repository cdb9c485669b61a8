import { describe, expect, it } from 'vitest';
import {
  commaAfter,
  formatDate,
  LANG_TAG,
  LOCALES,
  localeOfId,
  localeOfPage,
  otherLocale,
  t,
} from '../../src/lib/i18n';

describe('interface strings', () => {
  it('fills placeholders', () => {
    expect(t('en', 'claims.count', { n: 3 })).toBe('3 claims reviewed');
    expect(t('zh', 'claims.count', { n: 3 })).toBe('已核查 3 条说法');
  });

  it('tags Chinese pages as Simplified Chinese', () => {
    expect(LANG_TAG.zh).toBe('zh-Hans');
    expect(LOCALES.map(otherLocale)).toEqual(['zh', 'en']);
  });

  it('formats dates for each readership without shifting the day', () => {
    expect(formatDate('2025-01-27', 'en')).toBe('27 January 2025');
    expect(formatDate('2025-01-27', 'zh')).toBe('2025 年 1 月 27 日');
  });

  it('shows a reduced date at its own precision', () => {
    expect(formatDate('2024-12', 'en')).toBe('December 2024');
    expect(formatDate('2024-12', 'zh')).toBe('2024 年 12 月');
    expect(formatDate('2024', 'en')).toBe('2024');
  });
});

describe('plural forms', () => {
  it('uses the singular form for one in English, and one form in Chinese', () => {
    expect(t('en', 'claims.count', { n: 1 })).toBe('1 claim reviewed');
    expect(t('en', 'claims.count', { n: 0 })).toBe('0 claims reviewed');
    expect(t('en', 'claims.count', { n: 14 })).toBe('14 claims reviewed');
    expect(t('zh', 'claims.count', { n: 1 })).toBe('已核查 1 条说法');
  });
});

describe('locale of an entry or a page', () => {
  it("reads an edition's locale from its folder, and refuses any other folder", () => {
    expect(localeOfId('en/about')).toBe('en');
    expect(localeOfId('zh/deepseek-moment')).toBe('zh');
    expect(() => localeOfId('fr/about')).toThrow('fr/about');
    expect(() => localeOfId('about')).toThrow('about');
  });

  it("takes the route's locale for components embedded in MDX, naming the component when it cannot", () => {
    expect(localeOfPage('zh', 'Figure "x"')).toBe('zh');
    expect(() => localeOfPage(undefined, 'Figure "x"')).toThrow('Figure "x"');
  });
});

describe('commaAfter', () => {
  it('sets a Latin comma after a Latin-script title in Chinese, and the full-width one after Chinese', () => {
    expect(commaAfter('zh', 'Is DeepSeek China’s Sputnik Moment?')).toBe(', ');
    expect(commaAfter('zh', 'The New Yorker')).toBe(', ');
    expect(commaAfter('zh', '事实核查结果的判定')).toBe('，');
    expect(commaAfter('en', 'The New Yorker')).toBe(', ');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, LANG_TAG, LOCALES, otherLocale, t } from '../../src/lib/i18n';

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
    expect(formatDate('2025-01-27', 'zh')).toBe('2025年1月27日');
  });

  it('shows a reduced date at its own precision', () => {
    expect(formatDate('2024-12', 'en')).toBe('December 2024');
    expect(formatDate('2024-12', 'zh')).toBe('2024年12月');
    expect(formatDate('2024', 'en')).toBe('2024');
  });
});

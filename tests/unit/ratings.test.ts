import { describe, expect, it } from 'vitest';
import { RATING_IDS, RATING_RANGE, RATINGS } from '../../src/lib/ratings';
import { LOCALES } from '../../src/lib/i18n';

describe('rating scale', () => {
  it('gives every rating a label, a definition in each locale and a non-colour symbol', () => {
    for (const id of RATING_IDS) {
      for (const locale of LOCALES) {
        expect(RATINGS[id].label[locale].length, `${id} label ${locale}`).toBeGreaterThan(0);
        expect(RATINGS[id].definition[locale].length, `${id} definition ${locale}`).toBeGreaterThan(10);
      }
      expect(RATINGS[id].symbol.trim()).not.toBe('');
    }
  });

  it('has distinct numeric values, ordered from best to worst, and no number for unproven', () => {
    const values = RATING_IDS.map((id) => RATINGS[id].value).filter((v) => v !== null);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(RATINGS.unproven.value).toBeNull();
  });

  it('publishes a range with best above worst and worst at least 1 (Google ClaimReview rule)', () => {
    expect(RATING_RANGE.best).toBeGreaterThan(RATING_RANGE.worst);
    expect(RATING_RANGE.worst).toBeGreaterThanOrEqual(1);
  });

  it('uses distinct labels and symbols, so badges are told apart without colour', () => {
    for (const locale of LOCALES) expect(new Set(RATING_IDS.map((id) => RATINGS[id].label[locale])).size).toBe(RATING_IDS.length);
    expect(new Set(RATING_IDS.map((id) => RATINGS[id].symbol)).size).toBe(RATING_IDS.length);
  });
});

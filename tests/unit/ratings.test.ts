import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RATING_IDS, RATING_RANGE, RATINGS } from '../../src/lib/ratings';
import { LOCALES } from '../../src/lib/i18n';
import { ROOT } from '../support/paths';

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
    for (const locale of LOCALES)
      expect(new Set(RATING_IDS.map((id) => RATINGS[id].label[locale])).size).toBe(RATING_IDS.length);
    expect(new Set(RATING_IDS.map((id) => RATINGS[id].symbol)).size).toBe(RATING_IDS.length);
  });
});

describe('rating colours', () => {
  const css = readFileSync(resolve(ROOT, 'src/styles/global.css'), 'utf8');
  /** Custom properties set by every rule whose selector is exactly `.rating-<id>`, merged. */
  const declared = (id: string) => {
    const props: Record<string, string> = {};
    for (const [, body] of css.matchAll(new RegExp(`(?:^|\\n)\\.rating-${id}\\s*\\{([^}]*)\\}`, 'g'))) {
      for (const [, name, value] of body!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
        props[name!] = value!.trim().toLowerCase();
    }
    return props;
  };

  it('are the same in the page CSS (src/styles/global.css) as in the scale the cards read', () => {
    for (const id of RATING_IDS) {
      const { light, dark } = RATINGS[id].colors;
      expect(declared(id), id).toEqual({
        '--rating-bg': light.bg,
        '--rating-fg': light.fg,
        '--dark-bg': dark.bg,
        '--dark-fg': dark.fg,
      });
    }
  });

  it('has no rating-* rule for a rating that is not on the scale', () => {
    const inCss = new Set([...css.matchAll(/\.rating-([a-z-]+)\s*\{/g)].map((m) => m[1]));
    expect([...inCss].sort()).toEqual([...RATING_IDS].sort());
  });

  it('gives every badge text a contrast of at least 7:1 (WCAG AAA) in both themes', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const id of RATING_IDS) {
      for (const theme of ['light', 'dark'] as const) {
        const { bg, fg } = RATINGS[id].colors[theme];
        expect(contrast(bg, fg), `${id} ${theme}`).toBeGreaterThanOrEqual(7);
      }
    }
  });
});

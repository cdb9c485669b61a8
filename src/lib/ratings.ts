/**
 * The site's one rating scale. Every badge, schema, JSON-LD rating and methodology table
 * reads from here, so the scale can only change in one place.
 *
 * `value` is the number published in ClaimReview `reviewRating.ratingValue`. "Unproven" has
 * no number on purpose: it says the evidence is missing, not that the claim is half-true.
 */
import type { Locale } from './i18n';

export interface Rating {
  id: RatingId;
  value: number | null;
  /** A short glyph shown beside the label so the badge never relies on colour alone. */
  symbol: string;
  label: Record<Locale, string>;
  definition: Record<Locale, string>;
  /**
   * The badge tint in each theme: `bg` behind `fg` text (contrast at least 7:1 in both). The page
   * badge reads these through the rating-* rules in src/styles/global.css, which a unit test
   * holds equal to this table; the share cards read them from here.
   */
  colors: Record<Theme, RatingColors>;
}

export type Theme = 'light' | 'dark';
export interface RatingColors {
  bg: string;
  fg: string;
}

export const RATING_IDS = [
  'accurate',
  'mostly-accurate',
  'needs-context',
  'misleading',
  'inaccurate',
  'unproven',
] as const;

export type RatingId = (typeof RATING_IDS)[number];

export const RATINGS: Record<RatingId, Rating> = {
  accurate: {
    id: 'accurate',
    value: 5,
    symbol: '✓',
    label: { en: 'Accurate', zh: '准确' },
    definition: {
      en: 'The claim is correct and nothing important is missing.',
      zh: '说法正确，没有遗漏重要信息。',
    },
    colors: { light: { bg: '#dcfce7', fg: '#14532d' }, dark: { bg: '#0f3d22', fg: '#bbf7d0' } },
  },
  'mostly-accurate': {
    id: 'mostly-accurate',
    value: 4,
    symbol: '≈',
    label: { en: 'Mostly accurate', zh: '基本准确' },
    definition: {
      en: 'The claim is correct in substance but a detail, figure or date is slightly off.',
      zh: '说法大体正确，但某个细节、数字或日期略有出入。',
    },
    colors: { light: { bg: '#ecfccb', fg: '#365314' }, dark: { bg: '#2b3d0f', fg: '#d9f99d' } },
  },
  'needs-context': {
    id: 'needs-context',
    value: 3,
    symbol: '…',
    label: { en: 'Needs context', zh: '缺乏背景' },
    definition: {
      en: 'The words are true, but without missing context a reader would draw the wrong conclusion.',
      zh: '字面属实，但缺少关键背景，读者容易得出错误结论。',
    },
    colors: { light: { bg: '#fef3c7', fg: '#713f12' }, dark: { bg: '#4a3008', fg: '#fde68a' } },
  },
  misleading: {
    id: 'misleading',
    value: 2,
    symbol: '!',
    label: { en: 'Misleading', zh: '有误导性' },
    definition: {
      en: 'The claim contains some truth but presents it in a way that creates a false impression.',
      zh: '说法含有部分事实，但其表述方式会造成错误印象。',
    },
    colors: { light: { bg: '#ffedd5', fg: '#7c2d12' }, dark: { bg: '#4f1f0a', fg: '#fed7aa' } },
  },
  inaccurate: {
    id: 'inaccurate',
    value: 1,
    symbol: '✗',
    label: { en: 'Inaccurate', zh: '错误' },
    definition: {
      en: 'The evidence shows the claim is wrong.',
      zh: '证据表明该说法是错误的。',
    },
    colors: { light: { bg: '#fee2e2', fg: '#7f1d1d' }, dark: { bg: '#561414', fg: '#fecaca' } },
  },
  unproven: {
    id: 'unproven',
    value: null,
    symbol: '?',
    label: { en: 'Unproven', zh: '无法证实' },
    definition: {
      en: 'We could not find evidence to confirm or refute the claim; the review says what is missing.',
      zh: '我们找不到足以证实或否定该说法的证据；核查页面会说明还缺少哪些证据。',
    },
    colors: { light: { bg: '#e2e8f0', fg: '#1e293b' }, dark: { bg: '#1e293b', fg: '#e2e8f0' } },
  },
};

/** The numeric range published as bestRating / worstRating. */
export const RATING_RANGE = (() => {
  const values = RATING_IDS.map((id) => RATINGS[id].value).filter((v): v is number => v !== null);
  return { best: Math.max(...values), worst: Math.min(...values) };
})();

/** The numbered ratings from worst to best: the steps of the scale strip and the methodology table's numbers. */
export const NUMERIC_SCALE: RatingId[] = RATING_IDS.filter((id) => RATINGS[id].value !== null).sort(
  (a, b) => RATINGS[a].value! - RATINGS[b].value!,
);

/** Where a rating sits on the scale: its number out of the best, or off the scale (Unproven). */
export function scalePosition(id: RatingId): { value: number; best: number } | null {
  const value = RATINGS[id].value;
  return value === null ? null : { value, best: RATING_RANGE.best };
}

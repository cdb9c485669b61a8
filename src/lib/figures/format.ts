/**
 * Numbers in figures, per locale, with Intl. Chart labels are short ("1.81M", "181 万"); the data
 * table gives exact values in full and rounded ones as the source rounded them ("about 1.76
 * million"), so no reader mistakes a rounded figure for an exact count.
 */
import { spaceDigitsAndHan, t, type Locale } from '../i18n';
import type { FigureValue } from '../schemas';

export type ValueStyle = 'number' | 'percent';

/** en-US rather than en-GB: en-GB abbreviates millions as a lower-case "m". Grouping is the same. */
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** The number inside a value, or null where no value is confirmed. */
export function numberOf(value: FigureValue): number | null {
  if (value === null) return null;
  return typeof value === 'number' ? value : value.value;
}

/** Intl's output in the house style: "181 万", not "181万" (see spaceDigitsAndHan). */
const styled = (text: string, locale: Locale) => (locale === 'zh' ? spaceDigitsAndHan(text) : text);

/** Short form for labels and axis ticks. */
export function formatShort(n: number, locale: Locale, style: ValueStyle = 'number', digits = 3): string {
  if (style === 'percent') {
    return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'percent', maximumFractionDigits: 1 }).format(n / 100);
  }
  return styled(
    new Intl.NumberFormat(NUMBER_LOCALE[locale], { notation: 'compact', maximumSignificantDigits: digits }).format(n),
    locale,
  );
}

/** Full form for the data table: exact values in full, rounded ones rounded and qualified. */
export function formatFull(value: FigureValue, locale: Locale, style: ValueStyle = 'number'): string | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (style === 'percent') return formatShort(value, locale, style);
    return new Intl.NumberFormat(NUMBER_LOCALE[locale]).format(value);
  }
  // A value we could not check against its source is given exactly, and said to be unverified.
  if (value.qualifier === 'unverified')
    return t(locale, 'figure.unverified', { value: formatFull(value.value, locale, style)! });
  const rounded =
    style === 'percent'
      ? formatShort(value.value, locale, style)
      : styled(
          new Intl.NumberFormat(NUMBER_LOCALE[locale], {
            notation: 'compact',
            compactDisplay: 'long',
            maximumSignificantDigits: 6,
          }).format(value.value),
          locale,
        );
  return t(locale, value.qualifier === 'about' ? 'figure.about' : 'figure.moreThan', { value: rounded });
}

/** A chart label: short, with the source's qualifier ("about", "more than") kept. */
export function formatLabel(
  value: FigureValue,
  locale: Locale,
  style: ValueStyle = 'number',
  digits = 3,
): string | null {
  const n = numberOf(value);
  if (n === null || value === null) return null;
  const short = formatShort(n, locale, style, digits);
  if (typeof value === 'number') return short;
  const key = {
    about: 'figure.aboutShort',
    'more-than': 'figure.moreThanShort',
    unverified: 'figure.unverifiedShort',
  } as const;
  return t(locale, key[value.qualifier], { value: short });
}

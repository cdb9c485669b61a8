import type { Locale } from './i18n';

/**
 * Minutes to read a text. English is counted in words (about 230 a minute); Chinese, which has
 * no spaces between words, in Han characters (about 400 a minute), with any Latin words added.
 */
export function readingMinutes(text: string, locale: Locale): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  const minutes = locale === 'zh' ? han / 400 + words / 230 : words / 230 + han / 400;
  return Math.max(1, Math.round(minutes));
}

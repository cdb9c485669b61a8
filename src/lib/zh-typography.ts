/**
 * The Chinese edition's house style as checks (README, "Chinese typography"): pure functions that
 * return the offending snippets, so tests can name them. See the issue-14 review for the why.
 */

const HAN = '\\p{Script=Han}';
const snippet = (text: string, index: number, length: number) => text.slice(Math.max(0, index - 8), index + length + 8);
const matches = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => snippet(text, m.index ?? 0, m[0].length));

/** Half-width , ( ) : ; next to a Chinese character: Chinese text takes full-width ，（）：；. */
export function halfWidthPunctuation(text: string): string[] {
  return matches(text, new RegExp(`${HAN}[,():;]|[,():;]${HAN}`, 'gu'));
}

/**
 * The date style: a space between digits and 年/月/日 (2025 年 1 月 27 日), never 2025年1月27日.
 * Ordinals and counts written with 日/月 in other senses do not occur next to digits in our text.
 */
export function unspacedDates(text: string): string[] {
  return matches(text, /\d[年月日]|[年月](?=\d)/gu);
}

/** "9 月经同行评审" reads as 月经 (menstruation): never put 经 right after a month. */
export function monthJing(text: string): string[] {
  return matches(text, /\d\s*月经/gu);
}

export const RELATIVE_TIME_WORDS = [
  '去年',
  '今年',
  '明年',
  '前年',
  '上个月',
  '下个月',
  '本月',
  '上周',
  '下周',
] as const;

/**
 * Relative time words read against the page's date, not the story's: each must sit in a
 * sentence that also names the year it means (e.g. 2025 年).
 */
export function unanchoredRelativeTime(text: string): string[] {
  const sentences = text.split(/(?<=[。！？!?\n])/u);
  return sentences
    .filter((s) => RELATIVE_TIME_WORDS.some((w) => s.includes(w)) && !/\d{4}\s*年/u.test(s))
    .map((s) => s.trim());
}

/** A statement shown in quotation marks must not open or close with doubled marks or keep straight ones. */
export function badStatementQuotes(text: string): string[] {
  return matches(text, /“\s*“|”\s*”|"/gu);
}

/**
 * The same quotation mark twice in a row (““, ””, ‘‘, ’’): what a template makes when it puts a
 * quotation inside marks of the same kind. Nested quotations alternate instead (“ ‘ “ ” ’ ”), so
 * “‘ and ’” are fine.
 */
export function doubledQuotes(text: string): string[] {
  return matches(text, /“\s*“|”\s*”|‘\s*‘|’\s*’/gu);
}

/**
 * A space after a full-width mark before a digit or a Latin letter (《财富》 1 月): full-width
 * marks carry their own space. Often made by a link between the two, which the source hides.
 */
export function spaceAfterFullWidth(text: string): string[] {
  return matches(text, /[》）”’。，；：！？、][ \u00a0]+(?=[0-9A-Za-z])/gu);
}

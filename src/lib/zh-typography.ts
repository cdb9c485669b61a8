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

/** One row of the zh style sheet (content/zh-style.md): the word to use and the variants to avoid. */
export interface StyleEntry {
  use: string;
  avoid: { label: string; pattern: RegExp }[];
}

/**
 * The style sheet's table, read from its Markdown: every `code` entry in the 不用 column is a
 * variant (an entry written /…/ is a regular expression); rows with — in it are not checked.
 */
export function parseStyleSheet(markdown: string): StyleEntry[] {
  const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
  const header = rows[0]?.split('|').map((cell) => cell.trim()) ?? [];
  const useColumn = header.indexOf('本站用法');
  const avoidColumn = header.indexOf('不用');
  if (useColumn < 0 || avoidColumn < 0)
    throw new Error('zh style sheet: the table needs the columns 本站用法 and 不用');
  return rows.slice(2).flatMap((row) => {
    const cells = row.split('|').map((cell) => cell.trim());
    const avoid = [...(cells[avoidColumn] ?? '').matchAll(/`([^`]+)`/g)].map(([, v = '']) => ({
      label: v,
      pattern:
        v.length > 2 && v.startsWith('/') && v.endsWith('/')
          ? new RegExp(v.slice(1, -1), 'u')
          : new RegExp(escapeRegExp(v), 'u'),
    }));
    return avoid.length ? [{ use: cells[useColumn] ?? '', avoid }] : [];
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A line as the site's own voice: quotations (“…”, which may hold ‘…’) and titles (《…》) are
 * someone else's words and are blanked, keeping their marks, so 所谓“后门” still shows 所谓“”.
 */
export function ownVoice(line: string): string {
  return line.replace(/“[^”]*”/gu, '“”').replace(/《[^》]*》/gu, '《》');
}

/** Each style-sheet variant found in the own voice of the given lines, with where it is. */
export function styleViolations(lines: { where: string; text: string }[], entries: StyleEntry[]): string[] {
  return lines.flatMap(({ where, text }) =>
    entries.flatMap((entry) =>
      entry.avoid
        .filter((variant) => variant.pattern.test(ownVoice(text)))
        .map((variant) => `${where}: ${variant.label} (use ${entry.use})`),
    ),
  );
}

/**
 * Markdown emphasis that did not render (**…**). CommonMark does not close ** between a
 * full-width mark and a Chinese character (`**中兴。**美国`), so the marks are printed as text;
 * the mark goes outside the emphasis instead (`**中兴**。美国`).
 */
export function unrenderedEmphasis(text: string): string[] {
  return matches(text, /\*\*|__/gu);
}

/**
 * Shared drawing constants. Figures are drawn in a 460-unit-wide viewBox and shown no wider than
 * that, so on a desktop one unit is one CSS pixel; at 390 px the prose column is about 358 px
 * wide, which scales 16-unit text to about 12.5 px, the smallest size we allow.
 */
export const FIGURE_WIDTH = 460;
export const FONT_SIZE = 16;
export const LINE_HEIGHT = 22;

/**
 * Rough width of a label in viewBox units, for layout only (the build has no font metrics). On
 * the safe side for the system sans-serif fonts: CJK characters are one em wide, digits and
 * capitals about 0.62 em, lower-case letters 0.52 em, spaces and narrow punctuation 0.3 em.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch)) ems += 1;
    else if (/[\s.,:;'’!|()[\]ilj]/.test(ch)) ems += 0.3;
    else if (/[a-z]/.test(ch)) ems += 0.52;
    else ems += 0.62;
  }
  return ems * fontSize;
}

/** Coordinates are rounded to 0.1 unit: invisible at any zoom, and it keeps the markup small. */
export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Breaks a line of text to fit a width, at spaces for Latin text and between characters for CJK
 * (which has no spaces), using the same rough widths as textWidth.
 */
export function wrapText(text: string, width: number, fontSize = FONT_SIZE): string[] {
  const tokens =
    text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF][，。；：、）」』]?|[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Line breaking for text drawn at build time (share cards), where no browser lays the text out.
 * Widths come from a `measure` function, so the same code runs on real font metrics in the build
 * and on simple stand-ins in unit tests.
 *
 * English breaks only at spaces. Chinese has no spaces: it may break between any two characters,
 * and breaks between words where Intl.Segmenter knows them (出口 stays whole), except before
 * closing punctuation or after opening punctuation, the basic rule of Chinese typesetting.
 */
import type { Locale } from './i18n';

/** Width in pixels of a run of text in the font and size it will be drawn in. */
export type Measure = (text: string) => number;

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  measure: Measure;
  locale: Locale;
}

export interface Wrapped {
  lines: string[];
  /** True when the text did not fit and the last line ends with an ellipsis. */
  truncated: boolean;
}

export const ELLIPSIS = '…';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** May not start a line: closing brackets and quotes, sentence and clause punctuation. */
const NO_LINE_START =
  /^[!%),.:;?\]}¢°·’”…‰′″›℃∶、。〃〉》」』】〕〗〙〛〞︰︱︳﹐﹑﹒﹓﹔﹕﹖﹗﹚﹜﹞！＂％＇），．：；？］｝～]/u;
/** May not end a line: opening brackets and quotes, currency signs. */
const NO_LINE_END = /[$(£¥[{‘“‹〈《「『【〔〖〘〚〝﹙﹛﹝＄（．［｛￡￥]$/u;
/** Trimmed from a cut line before the ellipsis, so it never reads "word,…". */
const TRAILING_BEFORE_ELLIPSIS = /[\s,;:、，；：。.—–-]+$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = {
  en: new Intl.Segmenter('en', { granularity: 'word' }),
  zh: new Intl.Segmenter('zh', { granularity: 'word' }),
};

const isSpace = (s: string) => /^\s+$/u.test(s);

/**
 * The text cut into pieces that are never split: a line may end only between two pieces. Spaces
 * stay attached to the end of the piece before them.
 */
export function breakPieces(text: string, locale: Locale): string[] {
  const segments = [...words[locale].segment(text.trim())].map((s) => s.segment);
  const pieces: string[] = [];
  let current = '';
  segments.forEach((segment, i) => {
    const previous = segments[i - 1];
    if (current && previous !== undefined && canBreakBetween(previous, segment)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  });
  if (current) pieces.push(current);
  return pieces;
}

function canBreakBetween(before: string, after: string): boolean {
  if (isSpace(after)) return false;
  if (isSpace(before)) return true;
  const last = [...before].at(-1) ?? '';
  const first = [...after][0] ?? '';
  if (!CJK.test(last) && !CJK.test(first)) return false;
  return !NO_LINE_START.test(after) && !NO_LINE_END.test(before);
}

const fits = (text: string, { measure, maxWidth }: WrapOptions) => measure(text.trimEnd()) <= maxWidth;

/** A piece too wide for any line (a long URL, say) is split between graphemes. */
function splitWide(piece: string, options: WrapOptions): string[] {
  const parts: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(piece)) {
    if (current && !fits(current + segment, options)) {
      parts.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) parts.push(current);
  return parts;
}

/** The longest start of `text` that fits on one line followed by an ellipsis. */
function cutWithEllipsis(pieces: string[], options: WrapOptions): string {
  const withEllipsis = (s: string) => `${s.replace(TRAILING_BEFORE_ELLIPSIS, '')}${ELLIPSIS}`;
  // Whole pieces first, so English is cut after a word rather than inside one.
  let line = '';
  for (const piece of pieces) {
    if (!fits(withEllipsis(line + piece), options)) break;
    line += piece;
  }
  if (line.trim()) return withEllipsis(line);
  // Not even the first piece fits: cut it between graphemes.
  let cut = '';
  for (const { segment } of graphemes.segment(pieces.join(''))) {
    if (!fits(withEllipsis(cut + segment), options)) break;
    cut += segment;
  }
  return withEllipsis(cut);
}

/**
 * A last line of one word (or one Chinese word and its full stop) reads as an accident: it takes
 * the last word of the line above with it, when both still fit.
 */
function avoidWidow(lines: string[][], options: WrapOptions): void {
  const last = lines.at(-1);
  const above = lines.at(-2);
  if (!last || !above || last.length > 1 || above.length < 2) return;
  const moved = above.at(-1)!;
  if (fits(moved + last.join(''), options)) {
    above.pop();
    last.unshift(moved);
  }
}

/**
 * Greedy line filling: each line takes as many pieces as fit. If more than `maxLines` lines are
 * needed, the last allowed line takes what fits of the rest and ends with an ellipsis.
 */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  if (options.maxLines < 1) throw new Error('wrapText: maxLines must be at least 1');
  const pieces = breakPieces(text.replace(/\s+/gu, ' '), options.locale).flatMap((p) =>
    fits(p, options) ? [p] : splitWide(p, options),
  );
  const lines: string[][] = [];
  let current: string[] = [];
  for (const piece of pieces) {
    if (current.length > 0 && !fits(current.join('') + piece, options)) {
      lines.push(current);
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) lines.push(current);

  if (lines.length <= options.maxLines) {
    avoidWidow(lines, options);
    return { lines: lines.map((l) => l.join('').trimEnd()), truncated: false };
  }
  const kept = lines.slice(0, options.maxLines - 1).map((l) => l.join('').trimEnd());
  const rest = lines.slice(options.maxLines - 1).flat();
  return { lines: [...kept, cutWithEllipsis(rest, options)], truncated: true };
}

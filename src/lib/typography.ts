/**
 * Typography the templates must get right in both languages, as pure functions.
 */

/** Straight double quotes in pairs become curly ones: "a" -> “a”. */
function curlDoubleQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The quotation marks of a text, each with its position, whether it opens or closes, and how deep
 * it sits (0 for the outermost). Single marks count only as quotation marks: an apostrophe between
 * letters (China's, AI’s) is left alone, and a straight ' opens only where a word starts.
 */
function quoteMarks(text: string): { at: number; open: boolean; depth: number }[] {
  const marks: { at: number; open: boolean; depth: number }[] = [];
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const betweenLetters = LETTER.test(before) && LETTER.test(after);
    // A straight ' closes an open single quotation unless a word follows it; otherwise it opens one
    // where a word starts; between letters it is an apostrophe.
    const closesStraight = c === "'" && stack.at(-1) === '‘' && !LETTER.test(after);
    if (
      c === '“' ||
      (c === '‘' && !betweenLetters) ||
      (c === "'" && !closesStraight && !LETTER.test(before) && /\S/u.test(after))
    ) {
      marks.push({ at: i, open: true, depth: stack.length });
      stack.push(c === '“' ? '“' : '‘');
    } else if (
      (c === '”' && stack.at(-1) === '“') ||
      (c === '’' && !betweenLetters && stack.at(-1) === '‘') ||
      closesStraight
    ) {
      stack.pop();
      marks.push({ at: i, open: false, depth: stack.length });
    }
  }
  return marks;
}

/**
 * Whether the text is nothing but quotations: one quotation from its first character to its last,
 * or several side by side (“…。”“…。”), as a column quotes one speaker twice in a row.
 */
function isOnlyQuotations(text: string): boolean {
  const outer = quoteMarks(text).filter((m) => m.depth === 0);
  if (outer.length === 0 || outer.length % 2) return false;
  let covered = 0;
  for (let i = 0; i < outer.length; i += 2) {
    const [open, close] = [outer[i], outer[i + 1]];
    if (!open || !close || !open.open || close.open || text.slice(covered, open.at).trim()) return false;
    covered = close.at + 1;
  }
  return covered === text.length;
}

/** Double marks at even depths and single marks at odd ones: “ ‘ “ ” ’ ” (GB/T 15834, British English). */
function setQuoteMarks(text: string, outerDepth: number): string {
  // quoteMarks counts UTF-16 code units, and every quotation mark is one code unit.
  const units = text.split('');
  for (const m of quoteMarks(text)) {
    const double = (m.depth + outerDepth) % 2 === 0;
    units[m.at] = double ? (m.open ? '“' : '”') : m.open ? '‘' : '’';
  }
  return units.join('');
}

/**
 * A claim statement as the page quotes it: inside “ ”, with the quotations inside it nested as
 * both British English and mainland Chinese (GB/T 15834) nest them: ‘ ’ inside “ ”, and “ ” again
 * inside ‘ ’, never ‘ inside ‘. A statement that is already quotation only is shown as it is,
 * never in doubled marks.
 */
export function quoteStatement(text: string): string {
  const curled = curlDoubleQuotes(text.trim());
  if (isOnlyQuotations(curled)) return setQuoteMarks(curled, 0);
  return `“${setQuoteMarks(curled, 1)}”`;
}

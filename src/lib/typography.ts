/**
 * Typography the templates must get right in both languages, as pure functions.
 */

/** Straight double quotes in pairs become curly ones: "a" -> “a”. */
function curlDoubleQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

/** Whether the text is one quotation from its first character to its last. */
function isWhollyQuoted(text: string): boolean {
  if (!text.startsWith('“') || !text.endsWith('”')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') depth--;
    if (depth === 0) return i === text.length - 1;
  }
  return false;
}

/**
 * A claim statement as the page quotes it: inside “ ”, with any quotation inside it turned into
 * ‘ ’, as both English (British style) and mainland Chinese (GB/T 15834) nest quotation marks.
 * A statement that is already one quotation is shown as it is, never in doubled marks.
 */
export function quoteStatement(text: string): string {
  const curled = curlDoubleQuotes(text.trim());
  if (isWhollyQuoted(curled)) return curled;
  return `“${curled.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/**
 * The missing-glyph check: every text a card draws, checked against the character map of the
 * font it is drawn in, so a character the font lacks fails the build instead of printing an
 * empty box on the card. Pure: the character maps come from draw.ts.
 */
import type { Card, FontRole, TextOrigin } from './card';

export interface GlyphProblem {
  origin: TextOrigin;
  role: FontRole;
  /** The characters the font has no glyph for, each once, in order of appearance. */
  missing: string[];
}

/** Characters of `text` the font lacks (whitespace aside: it is laid out, not drawn). */
export function missingCharacters(text: string, covers: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!covers(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}

/** Every text of the card checked against the character map of the font it is drawn in. */
export function cardGlyphProblems(card: Card, coverage: Record<FontRole, ReadonlySet<number>>): GlyphProblem[] {
  return card.texts.flatMap(({ text, role, origin }) => {
    const missing = missingCharacters(text, (cp) => coverage[role].has(cp));
    return missing.length > 0 ? [{ origin, role, missing }] : [];
  });
}

/** `"𓀀" (U+13000)`, how a build error names a character. */
export const describeCharacter = (char: string) =>
  `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * The lines of text on a drawn share card, as satori broke them: read from the SVG it makes with
 * the text kept as text (one <text> element per run, at the run's x and baseline y).
 */
export interface DrawnLine {
  /** Font size in px: tells the blocks of a card apart (headline 64, byline 32, …). */
  size: number;
  y: number;
  text: string;
  /** Where the line's last run ends, in px from the card's left edge. */
  right: number;
}

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? "'");

export function drawnLines(svg: string): DrawnLine[] {
  const lines = new Map<string, { size: number; y: number; runs: { x: number; text: string; right: number }[] }>();
  for (const [, attributes, text] of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attr = (name: string) => Number(new RegExp(` ${name}="([^"]+)"`).exec(attributes!)?.[1]);
    const [x, y, size, width] = [attr('x'), attr('y'), attr('font-size'), attr('width')];
    const key = `${size}@${y}`;
    if (!lines.has(key)) lines.set(key, { size, y, runs: [] });
    lines.get(key)!.runs.push({ x, text: unescape(text!), right: x + width });
  }
  return [...lines.values()]
    .sort((a, b) => a.y - b.y)
    .map(({ size, y, runs }) => {
      runs.sort((a, b) => a.x - b.x);
      return {
        size,
        y,
        text: runs.map((r) => r.text).join(''),
        right: Math.max(...runs.filter((r) => r.text.trim()).map((r) => r.right)),
      };
    });
}

/** The lines of one text block: those drawn at its font size, trailing spaces dropped. */
export const blockLines = (svg: string, size: number) =>
  drawnLines(svg)
    .filter((line) => line.size === size)
    .map((line) => ({ ...line, text: line.text.trimEnd() }));

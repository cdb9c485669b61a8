/**
 * The site's mark, defined once: a speech bubble (a claim) holding a check mark (checked). It is
 * drawn on a 32-unit grid with strokes thick enough to read at 16 px, and used as the favicon, in
 * the header beside the site name, as the publisher logo in the JSON-LD (rendered to PNG at build
 * time) and on the share cards.
 */
/** The publisher logo's size in pixels (square), as published in the JSON-LD. */
export const LOGO_SIZE = 512;

export const MARK_COLOURS = { bubble: '#0a58ca', check: '#ffffff' } as const;

/** The mark's two shapes on a 32 × 32 grid: the bubble (a rounded square with a tail at the lower left) and the check. */
export const MARK_PATHS = {
  bubble: 'M7 3h18a4 4 0 0 1 4 4v14a4 4 0 0 1-4 4H13l-6.5 5.2V25H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4z',
  check: 'M9.5 14.5l4.2 4.2L22.5 9.8',
} as const;
export const CHECK_STROKE = 3.6;

/** The mark's SVG elements on the 32 × 32 grid, without the outer <svg>. */
export function siteMarkShapes(colours: { bubble: string; check: string } = MARK_COLOURS): string {
  return `<path d="${MARK_PATHS.bubble}" fill="${colours.bubble}"/><path d="${MARK_PATHS.check}" fill="none" stroke="${colours.check}" stroke-width="${CHECK_STROKE}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** A standalone SVG document of the mark at the given pixel size. */
export function siteMarkSvg(size = 32, colours?: { bubble: string; check: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${siteMarkShapes(colours)}</svg>`;
}

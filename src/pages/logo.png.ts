/** The publisher logo named in the JSON-LD: the site mark rendered to a 512 × 512 PNG at build time. */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { LOGO_SIZE, siteMarkSvg } from '../lib/site-mark';

export const GET: APIRoute = () => {
  // A white field keeps the mark legible wherever a logo is shown on a dark background.
  const svg = siteMarkSvg(LOGO_SIZE).replace('<path', `<rect width="32" height="32" fill="#ffffff"/><path`);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: LOGO_SIZE } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

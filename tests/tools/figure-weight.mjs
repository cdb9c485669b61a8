// Prints what each figure adds to its page: the gzipped bytes of the page with the <figure>
// minus the page without it (so text the page shares with the figure is not counted twice).
// The shared figure CSS, in the site's one stylesheet, comes on top on every page.
//   node tests/tools/figure-weight.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const gz = (text) => gzipSync(text, { level: 9 }).length;
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.html'))
  .map((d) => relative(dist, join(d.parentPath, d.name)));
for (const file of pages.sort()) {
  const html = readFileSync(join(dist, file), 'utf8');
  for (const [figure, id] of html.matchAll(/<figure\b[^>]*data-figure="([^"]+)"[\s\S]*?<\/figure>/g)) {
    console.log(`${file}: ${id}: ${gz(html) - gz(html.replace(figure, ''))} bytes gzipped`);
  }
}

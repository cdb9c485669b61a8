// Prints what the browser needs before first render for built pages: the HTML plus every
// stylesheet and script it references, raw and gzipped.
//   node tests/tools/page-weight.mjs [dist] [page.html ...]     (default: dist, index.html zh/index.html)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageWeight(dist, file, basePath = process.env.BASE_PATH ?? '/') {
  const html = readFileSync(join(dist, file), 'utf8');
  const assets = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((m) => m[1]);
  const parts = [{ name: file, body: html }];
  const base = basePath.replace(/\/?$/, '/');
  for (const href of assets) parts.push({ name: href, body: readFileSync(join(dist, href.replace(base, '/'))) });
  const raw = parts.reduce((n, p) => n + Buffer.byteLength(p.body), 0);
  const gzip = parts.reduce((n, p) => n + gzipSync(p.body, { level: 9 }).length, 0);
  return { file, raw, gzip, parts: parts.map((p) => p.name) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', ...files] = process.argv.slice(2);
  for (const file of files.length ? files : ['index.html', 'zh/index.html']) {
    const w = pageWeight(dist, file);
    console.log(`${w.file}: ${w.raw} bytes raw, ${w.gzip} bytes gzipped (HTML + ${w.parts.length - 1} CSS/JS file(s))`);
  }
}

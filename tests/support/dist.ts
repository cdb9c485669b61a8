import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** File path relative to the dist folder, e.g. `zh/claims/x/index.html`. */
  file: string;
  /** The URL path the page is served at, including the base, e.g. `/base/zh/claims/x/`. */
  url: string;
  html: string;
  doc: HTMLElement;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

const parsed = new Map<string, BuiltPage[]>();

/**
 * Every built page of `dist`, parsed. Parsed once per test worker (Vitest keeps modules between
 * the files of a worker): about a dozen files read each build, at about 0.2 s a parse. The pages
 * are shared, so a test that edits a document edits a copy (`parse(page.doc.toString())`).
 */
export function loadPages(dist: string, base = '/'): BuiltPage[] {
  const key = `${dist}\0${base}`;
  if (!parsed.has(key)) parsed.set(key, parsePages(dist, base));
  return [...parsed.get(key)!];
}

function parsePages(dist: string, base: string): BuiltPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
      return { file, url: `${base}${path}`, html, doc: parse(html) };
    });
}

/** The set of URL paths a static host would answer for this dist folder. */
export function servedPaths(dist: string, base = '/'): Set<string> {
  const paths = new Set<string>();
  for (const file of listFiles(dist)) {
    paths.add(`${base}${file}`);
    if (file.endsWith('index.html')) paths.add(`${base}${file.slice(0, -'index.html'.length)}`);
  }
  return paths;
}

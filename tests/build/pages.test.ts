/**
 * Checks over the real build output, for a root build (dist/) and the same site built under a
 * sub-path (made by global-setup): structure, heads, language pairing and internal links.
 */
import { describe, expect, it } from 'vitest';
import { loadPages, servedPaths, type BuiltPage } from '../support/dist';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

const builds = [
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
];

const isNotFound = (p: BuiltPage) => p.file === '404.html';
const localeOf = (p: BuiltPage, base: string) => (p.url.startsWith(`${base}zh/`) ? 'zh' : 'en');

describe.each(builds)('$name', ({ dist, base }) => {
  const pages = loadPages(dist, base);
  const served = servedPaths(dist, base);
  const content = pages.filter((p) => !isNotFound(p));
  const resolves = (path: string) => served.has(path) || served.has(decodeURI(path));

  it('has pages in both languages', () => {
    expect(content.filter((p) => localeOf(p, base) === 'en').length).toBeGreaterThan(5);
    expect(content.filter((p) => localeOf(p, base) === 'zh').length).toBeGreaterThan(5);
  });

  it('gives every page exactly one h1 and the right lang attribute', () => {
    for (const page of pages) {
      expect(page.doc.querySelectorAll('h1').length, page.file).toBe(1);
      const lang = page.doc.querySelector('html')?.getAttribute('lang');
      expect(lang, page.file).toBe(isNotFound(page) || localeOf(page, base) === 'en' ? 'en' : 'zh-Hans');
    }
  });

  it('gives every page a title, a description and a canonical URL pointing at itself', () => {
    for (const page of content) {
      expect(page.doc.querySelector('title')?.text.trim(), page.file).toBeTruthy();
      expect(page.doc.querySelector('meta[name="description"]')?.getAttribute('content'), page.file).toBeTruthy();
      const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, page.file).toMatch(/^https:\/\//);
      expect(new URL(canonical).pathname, page.file).toBe(page.url);
      for (const prop of ['og:title', 'og:description', 'og:url', 'og:locale']) {
        expect(page.doc.querySelector(`meta[property="${prop}"]`), `${page.file} ${prop}`).not.toBeNull();
      }
    }
  });

  it('links every page to its other edition with hreflang alternates that exist', () => {
    for (const page of content) {
      const alternates: Record<string, string> = Object.fromEntries(
        page.doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
      );
      expect(Object.keys(alternates).sort(), page.file).toEqual(['en', 'x-default', 'zh-Hans']);
      for (const href of Object.values(alternates))
        expect(resolves(new URL(href).pathname), `${page.file} -> ${href}`).toBe(true);
      expect(new URL(alternates[localeOf(page, base) === 'en' ? 'en' : 'zh-Hans']!).pathname).toBe(page.url);
    }
  });

  it('pairs each English page with a Chinese page at the same route, and back', () => {
    const urls = new Set(content.map((p) => p.url));
    for (const page of content) {
      const rest = page.url.slice(base.length);
      const counterpart = localeOf(page, base) === 'en' ? `${base}zh/${rest}` : `${base}${rest.replace(/^zh\//, '')}`;
      expect(urls.has(counterpart), `${page.url} has no counterpart ${counterpart}`).toBe(true);
    }
  });

  it('points the language switch at the same page in the other language', () => {
    for (const page of content) {
      const href = page.doc.querySelector('[data-lang-switch]')?.getAttribute('href') ?? '';
      const alternate = page.doc.querySelector(
        `link[rel="alternate"][hreflang="${localeOf(page, base) === 'en' ? 'zh-Hans' : 'en'}"]`,
      );
      expect(href, page.file).toBe(new URL(alternate!.getAttribute('href')!).pathname);
    }
  });

  it('resolves every internal link, asset and in-page anchor', () => {
    const broken: string[] = [];
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const page of pages) {
      const refs = [
        ...page.doc.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
        ...page.doc
          .querySelectorAll('link[href]')
          .filter((e) => e.getAttribute('rel') !== 'alternate' && e.getAttribute('rel') !== 'canonical')
          .map((e) => e.getAttribute('href')!),
        ...page.doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
      ];
      for (const ref of refs) {
        if (/^(https?:)?\/\//.test(ref) || ref.startsWith('mailto:')) continue;
        const target = new URL(ref, `http://site${page.url}`);
        if (!resolves(target.pathname)) broken.push(`${page.file}: ${ref}`);
        else if (target.hash) {
          const targetPage = byUrl.get(target.pathname);
          const id = decodeURIComponent(target.hash.slice(1));
          if (targetPage && !targetPage.doc.getElementById(id)) broken.push(`${page.file}: ${ref} (no element #${id})`);
        }
        if (!target.pathname.startsWith(base)) broken.push(`${page.file}: ${ref} is outside the base ${base}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads no script, stylesheet, font or image from another host', () => {
    for (const page of pages) {
      const loaded = [
        ...page.doc.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
        ...page.doc
          .querySelectorAll('link[rel="stylesheet"], link[rel="preload"], link[rel="icon"], link[rel="modulepreload"]')
          .map((e) => e.getAttribute('href')!),
      ];
      for (const ref of loaded) expect(ref, page.file).not.toMatch(/^(https?:)?\/\//);
      for (const style of page.doc.querySelectorAll('style'))
        expect(style.text, page.file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
  });
});

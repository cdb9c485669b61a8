/**
 * The structured data and feeds of the real build: counts, validity, and agreement between the
 * pages, the DataFeed, the sitemap, the RSS feeds and the CSV.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJsonLdProblem, jsonLdBlocks, validateJsonLd } from '../../src/lib/structured-data/validate';
import { loadPages } from '../support/dist';
import { CONTENT, DIST } from '../support/paths';

const pages = loadPages(DIST);
const claimIds = readdirSync(join(CONTENT, 'claims'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const blocksOf = (html: string) => jsonLdBlocks(html).map((b) => JSON.parse(b) as Record<string, any>);
const reviews = pages.flatMap((p) =>
  blocksOf(p.html)
    .filter((b) => b['@type'] === 'ClaimReview')
    .map((b) => ({ page: p.url, review: b })),
);
const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
const site = new URL(canonicalOf(pages.find((p) => p.url === '/')!.html)!).origin;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('ClaimReview on the built pages', () => {
  it('emits one ClaimReview per claim per language, each on its own claim page', () => {
    expect(reviews).toHaveLength(claimIds.length * 2);
    expect(new Set(reviews.map((r) => r.page)).size).toBe(reviews.length);
    for (const { page } of reviews) expect(page).toMatch(/^\/(zh\/)?claims\/[^/]+\/$/);
  });

  it('passes the validator on every page', () => {
    const report = validateJsonLd(
      pages.map((p) => ({ path: p.url, html: p.html })),
      site,
    );
    expect(report.problems.map(formatJsonLdProblem)).toEqual([]);
    expect(report.counts.ClaimReview).toBe(claimIds.length * 2);
  });

  it('puts a BreadcrumbList on every page below the home page, and WebSite + Organization on the home pages', () => {
    for (const page of pages.filter((p) => p.file !== '404.html')) {
      const types = blocksOf(page.html).map((b) => b['@type']);
      if (page.url === '/' || page.url === '/zh/')
        expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
      else expect(types, page.url).toContain('BreadcrumbList');
    }
  });

  it('gives each explainer an Article that mentions its reviews by @id only', () => {
    const articles = pages.filter((p) => p.url.includes('/explainers/'));
    expect(articles.length).toBeGreaterThan(0);
    const reviewIds = new Set(reviews.map((r) => r.review['@id']));
    for (const page of articles) {
      const [article] = blocksOf(page.html).filter((b) => b['@type'] === 'Article');
      expect(article, page.url).toBeDefined();
      for (const m of article!.mentions) expect(reviewIds.has(m['@id']), `${page.url} mentions ${m['@id']}`).toBe(true);
    }
  });
});

describe('feeds', () => {
  it('/claims.json is a DataFeed holding the same reviews as the pages', () => {
    const feed = JSON.parse(read('claims.json'));
    expect(feed['@type']).toBe('DataFeed');
    const strip = (r: Record<string, unknown>) => JSON.stringify({ ...r, '@context': undefined });
    expect(feed.dataFeedElement.map(strip).sort()).toEqual(reviews.map((r) => strip(r.review)).sort());
  });

  it('lists every indexable page in the sitemap with its hreflang alternates', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'url' || name === 'xhtml:link',
    });
    const urls = files.flatMap((f) => parser.parse(read(f)).urlset.url as Record<string, any>[]);
    const locs = new Set(urls.map((u) => new URL(u.loc).pathname));
    const expected = pages.filter((p) => p.file !== '404.html').map((p) => p.url);
    expect([...locs].sort()).toEqual(expected.sort());
    for (const u of urls) {
      const langs = u['xhtml:link'].map((l: Record<string, string>) => l['@_hreflang']).sort();
      expect(langs, u.loc).toEqual(['en', 'zh-Hans']);
      for (const l of u['xhtml:link']) expect(locs.has(new URL(l['@_href']).pathname), l['@_href']).toBe(true);
    }
  });

  it('points robots.txt at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  it.each(['rss.xml', 'zh/rss.xml'])('%s parses and links to pages that exist', (file) => {
    const xml = read(file);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel;
    expect(channel.language).toBe(file.startsWith('zh') ? 'zh-Hans' : 'en');
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    // One item per page, plus one per correction, which links to its notice on the page.
    const pageItems = channel.item.filter((i: { link: string }) => !new URL(i.link).hash);
    expect(pageItems.length).toBe(
      claimIds.length +
        pages.filter((p) => p.url.startsWith(file.startsWith('zh') ? '/zh/explainers/' : '/explainers/')).length,
    );
    for (const item of channel.item) {
      const { pathname, hash } = new URL(item.link);
      expect(byUrl.has(pathname), item.link).toBe(true);
      if (hash) expect(byUrl.get(pathname)!.doc.getElementById(hash.slice(1)), item.link).not.toBeNull();
    }
  });

  it('offers a CSV with one row per claim', () => {
    const csv = read('claims.csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length).toBe(claimIds.length + 1);
    for (const id of claimIds) expect(csv).toContain(`"${id}",`);
  });
});

/**
 * Browsing without search: a page per rating and per topic listing exactly the right claims,
 * badges that lead to them, the distribution on the claims index, sitemap dates that are facts
 * about the content, and reuse terms on every page and in the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { jsonLdBlocks } from '../../src/lib/structured-data/validate';
import { readMdxFolder, readYamlFolder } from '../support/content-files';
import { loadPages } from '../support/dist';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const newest = (...dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1)!;
const changed = (first: unknown, updated: unknown, corrections: { date: unknown }[] = []) =>
  newest(iso(first), updated ? iso(updated) : undefined, ...corrections.map((c) => iso(c.date)));

const claims = readYamlFolder('claims').map((c) => ({
  id: c.id,
  rating: c.data.rating as string,
  topics: c.data.topics as string[],
  speaker: c.data.speaker as string,
  lastmod: changed(c.data.reviewed, c.data.updated, c.data.corrections),
}));
const explainers = readMdxFolder('explainers').map((f) => ({
  id: f.id,
  slug: f.data.slug,
  lastmod: changed(f.data.published, f.data.updated, f.data.corrections),
}));
// The scale as published on the methodology page (its table rows), not as the code defines it.
const RATINGS = ['accurate', 'mostly-accurate', 'needs-context', 'misleading', 'inaccurate', 'unproven'];
const TOPICS = ['deepseek', 'export-controls', 'necessity', 'gavekal'];
const sorted = (xs: string[]) => [...xs].sort();

describe.each([
  ['root build', DIST, '/'],
  ['sub-path build', SUB_DIST, SUB_BASE],
])('browsing in the %s', (_, dist, base) => {
  const pages = loadPages(dist, base);
  const byUrl = new Map(pages.map((p) => [p.url, p]));

  it('publishes the scale the test expects (methodology table)', () => {
    const rows = byUrl
      .get(`${base}methodology/`)!
      .doc.querySelectorAll('#rating-scale tbody tr')
      .map((r) => r.id.replace(/^rating-/, ''));
    expect(rows).toEqual(RATINGS);
  });

  it.each(['', 'zh/'])('lists exactly the claims of each rating on its page (%s)', (prefix) => {
    for (const rating of RATINGS) {
      const page = byUrl.get(`${base}${prefix}claims/rating/${rating}/`);
      expect(page, rating).toBeDefined();
      const listed = page!.doc
        .querySelectorAll('[data-claim-list] [data-claim-id]')
        .map((li) => li.getAttribute('data-claim-id')!);
      const expected = claims.filter((c) => c.rating === rating).map((c) => c.id);
      expect(sorted(listed), rating).toEqual(sorted(expected));
      // An empty rating keeps its page, which says so.
      expect(Boolean(page!.doc.querySelector('[data-rating-empty]')), rating).toBe(expected.length === 0);
    }
  });

  it.each(['', 'zh/'])(
    'lists exactly the claims of each topic in use, and builds no page or link for an unused topic (%s)',
    (prefix) => {
      const allHrefs = pages.flatMap((p) => p.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!));
      for (const topic of TOPICS) {
        const expected = claims.filter((c) => c.topics.includes(topic)).map((c) => c.id);
        const url = `${base}${prefix}claims/topic/${topic}/`;
        const page = byUrl.get(url);
        if (expected.length === 0) {
          expect(page, topic).toBeUndefined();
          expect(allHrefs, topic).not.toContain(url);
          continue;
        }
        const listed = page!.doc
          .querySelectorAll('[data-claim-list] [data-claim-id]')
          .map((li) => li.getAttribute('data-claim-id')!);
        expect(sorted(listed), topic).toEqual(sorted(expected));
      }
    },
  );

  it('links every rating badge to the page of its rating', () => {
    let badges = 0;
    for (const page of pages.filter((p) => p.file !== '404.html')) {
      const prefix = page.file.startsWith('zh/') ? 'zh/' : '';
      for (const badge of page.doc.querySelectorAll('.rating[data-rating]')) {
        badges++;
        const target = `${base}${prefix}claims/rating/${badge.getAttribute('data-rating')}/`;
        if (page.url === target) continue; // a rating page's own badge is not a link to itself
        expect(badge.tagName, `${page.url}: ${badge.toString()}`).toBe('A');
        expect(badge.getAttribute('href')).toBe(target);
        expect(byUrl.has(target)).toBe(true);
      }
    }
    expect(badges).toBeGreaterThan(claims.length * 2);
  });

  it.each(['', 'zh/'])('shows on every person page a scorecard that counts their claims by rating (%s)', (prefix) => {
    const people = readYamlFolder('people').map((p) => p.id);
    for (const person of people) {
      const mine = claims.filter((c) => c.speaker === person);
      const doc = byUrl.get(`${base}${prefix}people/${person}/`)!.doc;
      const card = doc.querySelector(`[data-scorecard="${person}"]`);
      expect(Number(card?.getAttribute('data-total')), person).toBe(mine.length);
      for (const rating of RATINGS) {
        const line = card!.querySelector(`[data-rating-count="${rating}"]`);
        expect(Number(line?.getAttribute('data-count')), `${person} ${rating}`).toBe(
          mine.filter((c) => c.rating === rating).length,
        );
      }
      // The chart itself: one segment per rating the speaker has, named in its description.
      if (mine.length > 0) {
        expect(card!.querySelector('svg[role="img"] desc')?.text, person).toContain(String(mine.length));
        expect(card!.querySelectorAll('svg[role="img"] rect.tone-fill').length, person).toBe(
          new Set(mine.map((c) => c.rating)).size,
        );
      }
      // The index shows the same total for the person, with its mini bar.
      const mini = byUrl.get(`${base}${prefix}people/`)!.doc.querySelector(`[data-scorecard="${person}"]`);
      expect(Number(mini?.getAttribute('data-total')), person).toBe(mine.length);
    }
  });

  it.each(['', 'zh/'])('opens the claims index with the rating counts and the topics (%s)', (prefix) => {
    const doc = byUrl.get(`${base}${prefix}claims/`)!.doc;
    for (const rating of RATINGS) {
      const item = doc.querySelector(`[data-rating-distribution] [data-rating-count="${rating}"]`);
      expect(Number(item?.getAttribute('data-count')), rating).toBe(claims.filter((c) => c.rating === rating).length);
      expect(item?.querySelector('a')?.getAttribute('href')).toBe(`${base}${prefix}claims/rating/${rating}/`);
    }
    const topicLinks = doc.querySelectorAll('[data-topic-list] a').map((a) => a.getAttribute('href'));
    expect(topicLinks).toEqual(
      TOPICS.filter((t) => claims.some((c) => c.topics.includes(t))).map((t) => `${base}${prefix}claims/topic/${t}/`),
    );
  });
});

describe('dates for crawlers', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });
  const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
  const index = xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap as { loc: string; lastmod: string }[];
  const urls = index.flatMap(
    (s) => xml.parse(read(new URL(s.loc).pathname.slice(1))).urlset.url as { loc: string; lastmod: string }[],
  );
  const lastmodOf = (path: string) => urls.find((u) => new URL(u.loc).pathname === path)?.lastmod;

  it('gives every URL a lastmod that is a real date, never the build day unless content changed that day', () => {
    const contentDates = new Set([
      ...claims.map((c) => c.lastmod),
      ...explainers.map((e) => e.lastmod),
      ...readMdxFolder('pages').map((p) => changed(p.data.published, p.data.updated, p.data.corrections)),
    ]);
    for (const u of urls) {
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(contentDates.has(u.lastmod), `${u.loc} ${u.lastmod}`).toBe(true);
    }
  });

  it('dates each page kind by its content', () => {
    const c = claims[0]!;
    expect(lastmodOf(`/claims/${c.id}/`)).toBe(c.lastmod);
    expect(lastmodOf(`/zh/claims/${c.id}/`)).toBe(c.lastmod);
    for (const e of explainers)
      expect(lastmodOf(`/${e.id.startsWith('zh/') ? 'zh/' : ''}explainers/${e.slug}/`), e.id).toBe(e.lastmod);
    const newestClaim = newest(...claims.map((x) => x.lastmod));
    expect(lastmodOf('/claims/')).toBe(newestClaim);
    for (const rating of RATINGS.filter((r) => claims.some((x) => x.rating === r))) {
      expect(lastmodOf(`/claims/rating/${rating}/`), rating).toBe(
        newest(...claims.filter((x) => x.rating === rating).map((x) => x.lastmod)),
      );
    }
    const speaker = c.speaker;
    expect(lastmodOf(`/people/${speaker}/`)).toBe(
      newest(...claims.filter((x) => x.speaker === speaker).map((x) => x.lastmod)),
    );
    const topic = c.topics[0]!;
    expect(lastmodOf(`/claims/topic/${topic}/`)).toBe(
      newest(...claims.filter((x) => x.topics.includes(topic)).map((x) => x.lastmod)),
    );
    const methodology = readMdxFolder('pages').find((p) => p.id === 'en/methodology')!;
    expect(lastmodOf('/methodology/')).toBe(
      changed(methodology.data.published, methodology.data.updated, methodology.data.corrections),
    );
  });

  it('carries the same date as atom:updated on each RSS item', () => {
    const feed = new XMLParser({ isArray: (n) => n === 'item' }).parse(read('rss.xml')).rss.channel;
    for (const item of feed.item as { link: string; 'atom:updated': string }[]) {
      const { pathname, hash } = new URL(item.link);
      if (hash) continue; // a correction item: dated by the correction (see corrections.test.ts)
      expect(item['atom:updated'].slice(0, 10), item.link).toBe(lastmodOf(pathname));
    }
  });
});

describe('reuse terms', () => {
  const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
  it('links the licence from every page', () => {
    for (const page of loadPages(DIST)) {
      expect(page.doc.querySelector('link[rel="license"]')?.getAttribute('href'), page.url).toBe(CC_BY);
      if (page.file !== '404.html')
        expect(page.doc.querySelector('footer a[rel="license"]')?.getAttribute('href'), page.url).toBe(CC_BY);
    }
  });

  it('puts a licence on the Dataset and the DataFeed, and ships the licence text', () => {
    const dataset = loadPages(DIST)
      .filter((p) => p.url === '/claims/' || p.url === '/zh/claims/')
      .flatMap((p) => jsonLdBlocks(p.html).map((b) => JSON.parse(b)))
      .filter((b) => b['@type'] === 'Dataset');
    expect(dataset).toHaveLength(2);
    for (const d of dataset) expect(d.license).toBe(CC_BY);
    expect(JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')).license).toBe(CC_BY);
    const text = readFileSync(join(DIST, 'LICENSE.txt'), 'utf8');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('MIT License');
  });
});

import { describe, expect, it } from 'vitest';
import { sitemapChunks, sitemapEntries, sitemapIndexXml, sitemapXml, type DatedContent } from '../../src/lib/sitemap';

const content: DatedContent = {
  claims: [
    { id: 'a', rating: 'accurate', topics: ['deepseek'], speaker: 'p1', lastmod: '2026-11-28' },
    { id: 'b', rating: 'inaccurate', topics: ['deepseek', 'necessity'], speaker: 'p2', lastmod: '2026-12-03' },
  ],
  explainers: { en: [{ slug: 'story', lastmod: '2026-11-30' }], zh: [{ slug: 'story', lastmod: '2026-12-05' }] },
  pages: { en: [{ slug: 'methodology', lastmod: '2026-11-29' }], zh: [{ slug: 'methodology', lastmod: '2026-11-29' }] },
  people: ['p1', 'p2'],
  topics: ['deepseek', 'necessity'],
  corrections: { en: ['2026-12-03'], zh: ['2026-12-05', '2026-12-03'] },
};
const entries = new Map(sitemapEntries(content).map((e) => [e.route, e.lastmod]));

describe('sitemapEntries', () => {
  it('dates a record page by the record and a list page by its newest record', () => {
    expect(entries.get('claims/a')).toEqual({ en: '2026-11-28', zh: '2026-11-28' });
    expect(entries.get('claims/rating/accurate')).toEqual({ en: '2026-11-28', zh: '2026-11-28' });
    expect(entries.get('claims/topic/deepseek')).toEqual({ en: '2026-12-03', zh: '2026-12-03' });
    expect(entries.get('people/p1')).toEqual({ en: '2026-11-28', zh: '2026-11-28' });
    expect(entries.get('claims')).toEqual({ en: '2026-12-03', zh: '2026-12-03' });
  });

  it('dates each language edition of an explainer and the corrections log separately', () => {
    expect(entries.get('explainers/story')).toEqual({ en: '2026-11-30', zh: '2026-12-05' });
    expect(entries.get('corrections')).toEqual({ en: '2026-12-03', zh: '2026-12-05' });
    expect(entries.get('corrections/2026-12')).toEqual({ en: '2026-12-03', zh: '2026-12-05' });
  });

  it('dates a rating with no claims by the published scale (the methodology page)', () => {
    expect(entries.get('claims/rating/misleading')).toEqual({ en: '2026-11-29', zh: '2026-11-29' });
  });

  it('has a page for every rating, but only for topics in use', () => {
    expect([...entries.keys()].filter((r) => r.startsWith('claims/rating/'))).toHaveLength(6);
    expect([...entries.keys()].filter((r) => r.startsWith('claims/topic/'))).toEqual([
      'claims/topic/deepseek',
      'claims/topic/necessity',
    ]);
  });
});

describe('sitemap files', () => {
  it('splits URLs into files of at most the protocol limit', () => {
    const chunks = sitemapChunks(sitemapEntries(content), 5);
    expect(chunks.flat()).toHaveLength(sitemapEntries(content).length * 2);
    expect(chunks.every((c) => c.length <= 5)).toBe(true);
  });

  it('writes escaped URLs with their alternates and dates', () => {
    const xml = sitemapXml(
      [{ locale: 'zh', route: 'a&b', lastmod: '2026-12-01' }],
      (l, r) => `https://x.example/${l}/${r}/`,
    );
    expect(xml).toContain('<url><loc>https://x.example/zh/a&amp;b/</loc><lastmod>2026-12-01</lastmod>');
    expect(xml).toContain('hreflang="en" href="https://x.example/en/a&amp;b/"');
    expect(sitemapIndexXml([{ url: 'https://x.example/sitemap-0.xml', lastmod: '2026-12-01' }])).toContain(
      '<sitemap><loc>https://x.example/sitemap-0.xml</loc><lastmod>2026-12-01</lastmod></sitemap>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { claimsCsv, claimsDataFeed, CSV_COLUMNS, csvField, rssItems } from '../../src/lib/feeds';
import { claimSchema, personSchema } from '../../src/lib/schemas';
import { validClaim } from '../support/records';

const ctx = { site: 'https://facts.example', base: '/', contact: 'desk@facts.example' };
const claims = [
  { id: 'a', data: claimSchema.parse(validClaim()) },
  {
    id: 'b',
    data: claimSchema.parse({
      ...validClaim(),
      rating: 'unproven',
      reviewed: '2026-12-01',
      statement: { en: '=HYPERLINK("x") "quoted", comma', zh: '中文' },
    }),
  },
];
const speaker = {
  id: 'john-cassidy',
  data: personSchema.parse({
    kind: 'person',
    name: { en: 'John Cassidy', zh: '约翰·卡西迪' },
    role: { en: 'W', zh: 'W' },
  }),
};

describe('claims DataFeed', () => {
  it('holds every review once per language and dates itself by the newest review', () => {
    const feed = claimsDataFeed(ctx, claims, () => speaker) as Record<string, any>;
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.dataFeedElement.map((r: Record<string, string>) => r.url)).toEqual([
      'https://facts.example/claims/a/',
      'https://facts.example/claims/b/',
      'https://facts.example/zh/claims/a/',
      'https://facts.example/zh/claims/b/',
    ]);
    expect(
      feed.dataFeedElement.every((r: Record<string, string>) => r['@type'] === 'ClaimReview' && !('@context' in r)),
    ).toBe(true);
    expect(feed.dateModified).toBe('2026-12-01');
  });
});

describe('claims CSV', () => {
  it('quotes fields, doubles quotes and defuses formulas', () => {
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField(null)).toBe('""');
  });

  it('has a header and one row per claim, with both languages', () => {
    const csv = claimsCsv(ctx, claims, () => speaker);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") ""quoted"", comma"`);
    expect(lines[2]).toContain('"Unproven",""');
  });
});

describe('RSS items', () => {
  it('lists explainers and reviews in the locale, newest first', () => {
    const items = rssItems(ctx, 'zh', claims, [
      {
        slug: 'e',
        title: '解读',
        description: 'D',
        published: '2026-11-30',
        asOf: '2026-11-30',
        topic: 'deepseek',
        claims: [],
        sources: ['x'],
        corrections: [],
      },
    ]);
    expect(items.map((i) => i.link)).toEqual([
      'https://facts.example/zh/claims/b/',
      'https://facts.example/zh/explainers/e/',
      'https://facts.example/zh/claims/a/',
    ]);
    expect(items[0]!.title).toBe(`无法证实：${claims[1]!.data.summary.zh}`);
  });
});

const note = {
  en: 'We wrote 2023 for the rule; it was 2022, and the review now says so.',
  zh: '我们把规则年份写成 2023 年，实为 2022 年，现已更正。',
};
/** A claim reviewed on 28 Nov 2026 with these corrections (newest first), each with `note`. */
const correctedClaim = (...corrections: { date: string; kind: string }[]) => ({
  id: 'c',
  data: claimSchema.parse({
    ...validClaim(),
    reviewed: '2026-11-28',
    corrections: corrections.map((c) => ({ ...c, note })),
  }),
});

describe('corrections in the feeds', () => {
  const corrected = correctedClaim({ date: '2026-12-04', kind: 'update' }, { date: '2026-12-02', kind: 'correction' });

  it('dates a review by its latest correction in the DataFeed and the CSV, with the count of corrections', () => {
    const feed = claimsDataFeed(ctx, [corrected], () => speaker) as Record<string, any>;
    expect(feed.dateModified).toBe('2026-12-04');
    expect(feed.dataFeedElement[0].dateModified).toBe('2026-12-04');
    expect(feed.dataFeedElement[0].correction.map((c: Record<string, string>) => c.datePublished)).toEqual([
      '2026-12-04',
      '2026-12-02',
    ]);
    const [header, row] = claimsCsv(ctx, [corrected], () => speaker)
      .slice(1)
      .trimEnd()
      .split('\r\n');
    const cells = (line: string) => line.slice(1, -1).split('","');
    const record = Object.fromEntries(cells(header!).map((name, i) => [name, cells(row!)[i]]));
    expect(record).toMatchObject({ last_modified: '2026-12-04', corrections: '2', last_correction: '2026-12-04' });
  });

  it('publishes each correction as an RSS item linking to its notice', () => {
    const log = [
      {
        date: '2026-12-02',
        kind: 'correction' as const,
        note: note.zh,
        pageTitle: '某页',
        route: 'claims/c',
        anchor: 'correction-2026-12-02',
      },
    ];
    const items = rssItems(ctx, 'zh', [], [], log);
    expect(items).toEqual([
      {
        title: '更正：某页',
        link: 'https://facts.example/zh/claims/c/#correction-2026-12-02',
        pubDate: new Date('2026-12-02T00:00:00Z'),
        updated: '2026-12-02',
        description: note.zh,
      },
    ]);
  });
});

describe('RSS dates', () => {
  it('dates each item by first publication and carries the latest change separately', () => {
    const [item] = rssItems(ctx, 'en', [correctedClaim({ date: '2026-12-04', kind: 'correction' })], []);
    expect(item!.pubDate).toEqual(new Date('2026-11-28T00:00:00Z'));
    expect(item!.updated).toBe('2026-12-04');
  });
});

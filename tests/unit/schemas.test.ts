import { describe, expect, it } from 'vitest';
import { claimSchema, explainerSchema, personSchema, sourceSchema } from '../../src/lib/schemas';
import { validClaim } from '../support/records';

/** The dotted path of each problem zod reports, e.g. `appearance.date`. */
function problemPaths(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

describe('claim schema', () => {
  it('parses a valid claim and normalises YAML dates to ISO strings', () => {
    const parsed = claimSchema.parse(validClaim());
    expect(parsed.appearance.date).toBe('2025-02-03');
    expect(parsed.reviewed).toBe('2026-11-28');
  });

  it('rejects a missing rating, naming the field', () => {
    const { rating: _, ...claim } = validClaim();
    expect(problemPaths(claimSchema, claim)).toEqual(['rating']);
  });

  it('rejects a rating that is not on the scale, listing the scale', () => {
    const result = claimSchema.safeParse({ ...validClaim(), rating: 'half-true' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['rating']);
    expect(result.error!.issues[0]!.message).toMatch(/accurate.*unproven/);
  });

  it('rejects an empty source list', () => {
    expect(problemPaths(claimSchema, { ...validClaim(), sources: [] })).toEqual(['sources']);
  });

  it.each<[string | Date, string]>([
    ['2025-02-30', 'an impossible day'],
    ['3 Feb 2025', 'a non-ISO format'],
    [new Date('nonsense'), 'an invalid Date'],
  ])('rejects %s (%s) as a date', (date, _why) => {
    expect(problemPaths(claimSchema, { ...validClaim(), appearance: { ...validClaim().appearance, date } })).toEqual([
      'appearance.date',
    ]);
  });

  it('rejects an unknown key, naming it', () => {
    const result = claimSchema.safeParse({ ...validClaim(), ratting: 'accurate' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain('ratting');
  });

  it('rejects an unknown key inside a nested object', () => {
    expect(problemPaths(claimSchema, { ...validClaim(), verdict: { en: 'x', zh: 'y', fr: 'z' } })).toEqual(['verdict']);
  });

  it('requires both languages', () => {
    expect(problemPaths(claimSchema, { ...validClaim(), verdict: { en: 'Only English.' } })).toEqual(['verdict.zh']);
  });

  it('rejects a non-https first-appearance URL', () => {
    expect(
      problemPaths(claimSchema, {
        ...validClaim(),
        appearance: { ...validClaim().appearance, url: 'http://example.org' },
      }),
    ).toEqual(['appearance.url']);
  });

  it('rejects a speaker id that is not a slug', () => {
    expect(problemPaths(claimSchema, { ...validClaim(), speaker: 'John Cassidy' })).toEqual(['speaker']);
  });
});

describe('source, person and explainer schemas', () => {
  const source = {
    publisher: 'arXiv',
    title: 'T',
    date: '2024-12-27',
    url: 'https://arxiv.org/abs/2412.19437',
    language: 'en',
    kind: 'primary',
  };

  it('takes a source date at the precision the publisher gives, and no impossible one', () => {
    expect(sourceSchema.parse({ ...source, date: '2024-12' }).date).toBe('2024-12');
    expect(sourceSchema.parse({ ...source, date: '2024' }).date).toBe('2024');
    expect(problemPaths(sourceSchema, { ...source, date: '2024-13' })).toEqual(['date']);
    expect(problemPaths(sourceSchema, { ...source, date: '2024-02-30' })).toEqual(['date']);
  });

  it('says "undated" in so many words when a page shows no date, and takes no other word', () => {
    expect(sourceSchema.parse({ ...source, date: 'undated' }).date).toBe('undated');
    for (const date of ['n.d.', 'Undated', '', undefined])
      expect(problemPaths(sourceSchema, { ...source, date }), String(date)).toEqual(['date']);
  });

  it('parses a valid source and rejects an unsafe URL scheme', () => {
    expect(sourceSchema.parse(source).url).toBe(source.url);
    expect(problemPaths(sourceSchema, { ...source, url: 'javascript:alert(1)' })).toEqual(['url']);
  });

  it('requires a person to have both names', () => {
    expect(problemPaths(personSchema, { kind: 'person', name: { en: 'A' }, role: { en: 'r', zh: 'r' } })).toEqual([
      'name.zh',
    ]);
  });

  it('requires an explainer to cite at least one source and to have a known topic', () => {
    const ex = {
      slug: 's',
      title: 't',
      description: 'd',
      published: '2026-11-28',
      asOf: '2026-11-29',
      topic: 'deepseek',
      claims: [],
      sources: ['x'],
    };
    expect(explainerSchema.parse(ex).slug).toBe('s');
    expect(problemPaths(explainerSchema, { ...ex, sources: [] })).toEqual(['sources']);
    expect(problemPaths(explainerSchema, { ...ex, topic: 'crypto' })).toEqual(['topic']);
  });
});

describe('corrections and evidence in the claim schema', () => {
  const note = {
    en: 'We wrote the wrong year for the rule; the page now says 2022.',
    zh: '我们把规则的年份写错了，页面现已改为 2022 年。',
  };
  const correction = { date: '2026-11-29', kind: 'correction', note };

  it('accepts a claim with corrections and evidence, and defaults both to empty lists', () => {
    const parsed = claimSchema.parse({ ...validClaim(), corrections: [correction] });
    expect(parsed.corrections).toEqual([correction]);
    const { evidence: _, ...withoutEvidence } = validClaim();
    expect(claimSchema.parse(withoutEvidence)).toMatchObject({ corrections: [], evidence: [] });
  });

  it.each([
    ['an unknown kind', { ...correction, kind: 'erratum' }, 'corrections.0.kind'],
    ['an impossible date', { ...correction, date: '2026-02-30' }, 'corrections.0.date'],
    ['a note in one language only', { ...correction, note: { en: note.en } }, 'corrections.0.note.zh'],
    [
      'a previous rating off the scale',
      { ...correction, kind: 'rating-change', previousRating: 'pants-on-fire' },
      'corrections.0.previousRating',
    ],
    ['an unknown key', { ...correction, reason: 'typo' }, 'corrections.0'],
  ])('rejects a correction with %s, naming the field', (_, bad, path) => {
    expect(problemPaths(claimSchema, { ...validClaim(), corrections: [bad] })).toEqual([path]);
  });

  it.each([
    ['a quote too long to be a brief quotation', { quote: 'x'.repeat(321) }, 'evidence.0.quote'],
    ['an empty quote', { quote: ' ' }, 'evidence.0.quote'],
    ['a bad language tag', { lang: 'English' }, 'evidence.0.lang'],
    ['a via other than the translation', { via: 'memory' }, 'evidence.0.via'],
    ['a copy address that is not https', { seenAt: 'http://copy.example/x' }, 'evidence.0.seenAt'],
  ])('rejects evidence with %s, naming the field', (_, bad, path) => {
    const evidence = [{ source: 'a-source', lang: 'en', quote: 'The words.', ...bad }];
    expect(problemPaths(claimSchema, { ...validClaim(), evidence })).toEqual([path]);
  });
});

describe('the optional data table on a claim', () => {
  const table = {
    caption: { en: 'Engines', zh: '发动机' },
    columns: [
      { en: 'Tank', zh: '坦克' },
      { en: 'Power', zh: '功率' },
    ],
    rows: [{ cells: ['Tiger I', { en: '700 PS', zh: '700 马力' }], sources: ['s1'] }],
  };

  it('accepts shared and per-locale cells', () => {
    expect(claimSchema.parse({ ...validClaim(), table }).table?.rows[0]?.cells).toEqual([
      'Tiger I',
      { en: '700 PS', zh: '700 马力' },
    ]);
  });

  it('names the field of a row without sources, a cell missing a language and a one-column table', () => {
    expect(
      problemPaths(claimSchema, { ...validClaim(), table: { ...table, rows: [{ cells: ['a', 'b'], sources: [] }] } }),
    ).toEqual(['table.rows.0.sources']);
    expect(
      problemPaths(claimSchema, {
        ...validClaim(),
        table: { ...table, rows: [{ cells: ['a', { en: 'b' }], sources: ['s1'] }] },
      }),
    ).toEqual(['table.rows.0.cells.1']);
    expect(
      problemPaths(claimSchema, { ...validClaim(), table: { ...table, columns: [{ en: 'Tank', zh: '坦克' }] } }),
    ).toEqual(['table.columns']);
    expect(problemPaths(claimSchema, { ...validClaim(), table: { ...table, extra: 1 } })).toEqual(['table']);
  });
});

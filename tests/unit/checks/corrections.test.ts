import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/lib/content-checks';
import { claimSchema } from '../../../src/lib/schemas';
import { contentSet, messages } from '../../support/records';
describe('corrections on a record', () => {
  const note = {
    en: 'We wrote the wrong year for the rule; it was 2022, and the page now says so.',
    zh: '我们把规则的年份写错了，应为 2022 年，页面现已更正。',
  };
  const withCorrections = (corrections: unknown[], rating = 'accurate') => {
    const s = contentSet();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, rating, corrections });
    return s;
  };
  const check = (s: ContentSet) => messages(s, '2026-12-31');

  it('accepts dated corrections listed newest first, and a rating chain that holds', () => {
    const s = withCorrections(
      [
        { date: '2026-12-10', kind: 'rating-change', note, previousRating: 'misleading' },
        { date: '2026-12-05', kind: 'clarification', note },
        { date: '2026-12-01', kind: 'rating-change', note, previousRating: 'unproven' },
      ],
      'inaccurate',
    );
    expect(check(s)).toEqual([]);
  });

  it('rejects a date before the record was reviewed, and one after today', () => {
    expect(check(withCorrections([{ date: '2027-01-01', kind: 'correction', note }]))).toEqual([
      'content/claims/c1.yaml: corrections[0].date: 2027-01-01 is after today (2026-12-31)',
    ]);
    expect(check(withCorrections([{ date: '2026-11-01', kind: 'correction', note }]))).toEqual([
      "content/claims/c1.yaml: corrections[0].date: 2026-11-01 is before the record's reviewed date 2026-11-28",
    ]);
  });

  it('requires newest first', () => {
    const s = withCorrections([
      { date: '2026-12-01', kind: 'correction', note },
      { date: '2026-12-02', kind: 'update', note },
    ]);
    expect(check(s)).toEqual([
      'content/claims/c1.yaml: corrections[1].date: 2026-12-02 is newer than corrections[0] (2026-12-01): list corrections newest first',
    ]);
  });

  it('requires a rating change to name a previous rating different from the one that replaced it', () => {
    expect(check(withCorrections([{ date: '2026-12-01', kind: 'rating-change', note }]))).toEqual([
      'content/claims/c1.yaml: corrections[0].previousRating: a rating-change must name the previous rating',
    ]);
    expect(
      check(withCorrections([{ date: '2026-12-01', kind: 'rating-change', note, previousRating: 'accurate' }])),
    ).toEqual([
      'content/claims/c1.yaml: corrections[0].previousRating: "accurate" is the rating it changed to; name the rating it replaced',
    ]);
  });

  it('rejects a previous rating on any other kind of correction', () => {
    expect(
      check(withCorrections([{ date: '2026-12-01', kind: 'correction', note, previousRating: 'misleading' }])),
    ).toEqual([
      'content/claims/c1.yaml: corrections[0].previousRating: only a rating-change has a previous rating (this entry is a correction)',
    ]);
  });

  it('rejects a rating change on an explainer, which has no rating', () => {
    const s = contentSet();
    s.explainers[0]!.data.corrections = [
      { date: '2026-12-01', kind: 'rating-change', note, previousRating: 'accurate' },
    ];
    expect(check(s)).toEqual([
      'content/explainers/en/story.mdx: corrections[0].kind: only a claim has a rating to change',
    ]);
  });

  it('asks for a note of about 10 to 80 words in each language', () => {
    const s = withCorrections([{ date: '2026-12-01', kind: 'correction', note: { en: 'Fixed a date.', zh: note.zh } }]);
    expect(check(s)).toEqual([
      'content/claims/c1.yaml: corrections[0].note.en: 3 words; a note says what was wrong and what the page says now in 10-80 words',
    ]);
    const long = withCorrections([
      { date: '2026-12-01', kind: 'correction', note: { en: note.en, zh: '改'.repeat(201) } },
    ]);
    expect(check(long)).toEqual([
      'content/claims/c1.yaml: corrections[0].note.zh: 201 characters; a note says what was wrong and what the page says now in 15-200 characters',
    ]);
  });
});

describe('update dates', () => {
  const check = (s: ContentSet) => messages(s, '2026-12-31');

  it('accepts an update between the first date and today', () => {
    const s = contentSet();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, updated: '2026-12-31' });
    s.explainers[0]!.data = { ...s.explainers[0]!.data, updated: '2026-11-28' };
    expect(check(s)).toEqual([]);
  });

  it('rejects an update before the review or publication, and one after today', () => {
    const s = contentSet();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, updated: '2026-11-01' });
    s.explainers[1]!.data = { ...s.explainers[1]!.data, updated: '2027-01-01' };
    expect(check(s)).toEqual([
      "content/claims/c1.yaml: updated: 2026-11-01 is before the record's reviewed date 2026-11-28",
      'content/explainers/zh/story.mdx: updated: 2027-01-01 is after today (2026-12-31)',
    ]);
  });
});

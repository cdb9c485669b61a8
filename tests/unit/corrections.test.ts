import { describe, expect, it } from 'vitest';
import {
  correctionAnchors,
  correctionsLog,
  lastModified,
  latestDate,
  logByMonth,
  noteLength,
  type LogEntry,
  ratingHistory,
  ratingTransitions,
} from '../../src/lib/corrections';
import type { Correction } from '../../src/lib/schemas';

const note = { en: 'What was wrong and what the page says now.', zh: '原来哪里有误，现在怎么写。' };
const fix = (
  date: string,
  kind: Correction['kind'] = 'correction',
  previousRating?: Correction['previousRating'],
): Correction => ({
  date,
  kind,
  note,
  ...(previousRating && { previousRating }),
});

describe('dates', () => {
  it('takes the latest of the dates given, skipping missing ones', () => {
    expect(latestDate('2026-01-02', undefined, '2026-11-29', '2025-12-31')).toBe('2026-11-29');
    expect(latestDate()).toBeUndefined();
  });

  it('dates a record by its latest change: first publication, update or correction', () => {
    expect(lastModified({ first: '2026-11-28', corrections: [] })).toBe('2026-11-28');
    expect(lastModified({ first: '2026-11-28', updated: '2026-11-30', corrections: [fix('2026-11-29')] })).toBe(
      '2026-11-30',
    );
    expect(
      lastModified({ first: '2026-11-28', updated: '2026-11-29', corrections: [fix('2026-12-03'), fix('2026-12-01')] }),
    ).toBe('2026-12-03');
  });
});

describe('correctionAnchors', () => {
  it('names each correction by its date, numbering further ones on the same day', () => {
    expect(correctionAnchors([fix('2026-12-02'), fix('2026-12-01'), fix('2026-12-01')])).toEqual([
      'correction-2026-12-02',
      'correction-2026-12-01-2',
      'correction-2026-12-01',
    ]);
  });

  it('keeps existing anchors when a newer correction is added on the same day', () => {
    const before = correctionAnchors([fix('2026-12-01')]);
    const after = correctionAnchors([fix('2026-12-01'), fix('2026-12-01')]);
    expect(after.at(-1)).toBe(before[0]);
  });
});

describe('rating history', () => {
  it('reads the chain back from the current rating, oldest first', () => {
    const corrections = [
      fix('2026-12-05', 'rating-change', 'misleading'),
      fix('2026-12-02'),
      fix('2026-12-01', 'rating-change', 'unproven'),
    ];
    expect(ratingHistory('inaccurate', corrections)).toEqual([
      { rating: 'unproven' },
      { rating: 'misleading', since: '2026-12-01' },
      { rating: 'inaccurate', since: '2026-12-05' },
    ]);
    expect(ratingTransitions('inaccurate', corrections)).toEqual([
      { from: 'misleading', to: 'inaccurate' },
      undefined,
      { from: 'unproven', to: 'misleading' },
    ]);
  });

  it('is the current rating alone when the rating never changed', () => {
    expect(ratingHistory('accurate', [fix('2026-12-01')])).toEqual([{ rating: 'accurate' }]);
  });
});

describe('correctionsLog', () => {
  it('lists every correction of every record, newest first, with its page and anchor', () => {
    const log = correctionsLog(
      [
        { title: 'Claim A', route: 'claims/a', corrections: [fix('2026-12-01')] },
        { title: 'Explainer B', route: 'explainers/b', corrections: [fix('2026-12-03', 'update'), fix('2026-11-30')] },
        { title: 'Untouched', route: 'claims/c', corrections: [] },
      ],
      'zh',
    );
    expect(log.map((e) => [e.date, e.pageTitle, e.anchor])).toEqual([
      ['2026-12-03', 'Explainer B', 'correction-2026-12-03'],
      ['2026-12-01', 'Claim A', 'correction-2026-12-01'],
      ['2026-11-30', 'Explainer B', 'correction-2026-11-30'],
    ]);
    expect(log[0]!.note).toBe(note.zh);
  });
});

describe('noteLength', () => {
  it('counts English words, and Chinese characters plus Latin words', () => {
    expect(noteLength('We said 120 days; it took effect at once.', 'en')).toBe(9);
    expect(noteLength('我们原先写道 AI 规则在 120 天后生效。', 'zh')).toBe(13 + 2);
  });
});

describe('logByMonth', () => {
  const entry = (date: string, anchor: string): LogEntry => ({
    date,
    kind: 'correction',
    note: 'n',
    pageTitle: 'T',
    route: 'r',
    anchor,
  });
  it('splits a newest-first log into calendar months, newest first, keeping the order inside each', () => {
    const log = [
      entry('2026-12-07', 'a'),
      entry('2026-12-01', 'b'),
      entry('2026-11-30', 'c'),
      entry('2025-11-02', 'd'),
    ];
    expect(logByMonth(log).map((m) => [m.month, m.entries.map((e) => e.anchor)])).toEqual([
      ['2026-12', ['a', 'b']],
      ['2026-11', ['c']],
      ['2025-11', ['d']],
    ]);
    expect(logByMonth([])).toEqual([]);
  });
});

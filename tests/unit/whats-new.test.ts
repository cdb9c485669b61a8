import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/lib/corrections';
import { whatsNew } from '../../src/lib/whats-new';

const entry = (date: string, kind: LogEntry['kind'], pageTitle: string): LogEntry => ({
  date,
  kind,
  note: `${kind} note`,
  pageTitle,
  route: `explainers/${pageTitle.toLowerCase()}`,
  anchor: `correction-${date}`,
});

describe('whatsNew', () => {
  const log = [
    entry('2026-12-07', 'update', 'Export'),
    entry('2026-12-07', 'correction', 'Export'),
    entry('2026-11-29', 'update', 'Moment'),
    entry('2026-11-30', 'clarification', 'Moment'),
  ];
  const claims = [
    { id: 'old', reviewed: '2026-11-28', summary: 'An old review' },
    { id: 'new', reviewed: '2026-12-07', summary: 'A new review' },
  ];

  it('lists explainer updates and new reviews newest first, updates first on a day, with no corrections', () => {
    expect(whatsNew(log, claims).map((i) => [i.date, i.kind, i.title])).toEqual([
      ['2026-12-07', 'update', 'Export'],
      ['2026-12-07', 'review', 'A new review'],
      ['2026-11-29', 'update', 'Moment'],
      ['2026-11-28', 'review', 'An old review'],
    ]);
  });

  it('links an update to its notice and a review to its page, and stops at the limit', () => {
    const [update, review] = whatsNew(log, claims, 2);
    expect(update).toMatchObject({ route: 'explainers/export', anchor: 'correction-2026-12-07', note: 'update note' });
    expect(review).toMatchObject({ route: 'claims/new' });
    expect([review!.anchor, review!.note]).toEqual([undefined, undefined]);
    expect(whatsNew(log, claims, 2)).toHaveLength(2);
  });
});

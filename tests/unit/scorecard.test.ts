import { describe, expect, it } from 'vitest';
import { scorecard } from '../../src/lib/scorecard';

describe('scorecard', () => {
  it('counts ratings in the scale order, zeros included', () => {
    const { lines, total } = scorecard(['unproven', 'accurate', 'needs-context', 'accurate']);
    expect(total).toBe(4);
    expect(lines).toEqual([
      { rating: 'accurate', count: 2 },
      { rating: 'mostly-accurate', count: 0 },
      { rating: 'needs-context', count: 1 },
      { rating: 'misleading', count: 0 },
      { rating: 'inaccurate', count: 0 },
      { rating: 'unproven', count: 1 },
    ]);
  });
});

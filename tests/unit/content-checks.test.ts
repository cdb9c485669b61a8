import { describe, expect, it } from 'vitest';
import { assertContent, checkContent } from '../../src/lib/content-checks';
import { contentSet } from '../support/records';
describe('cross-record content checks', () => {
  it('accepts a consistent set', () => {
    expect(checkContent(contentSet())).toEqual([]);
    expect(() => assertContent(contentSet())).not.toThrow();
  });

  it('reports every problem at once in the thrown error', () => {
    const s = contentSet();
    s.claims[0]!.data.speaker = 'nobody';
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(() => assertContent(s)).toThrow(/2 problem\(s\)[\s\S]*speaker[\s\S]*sources\[1\]/);
  });
});

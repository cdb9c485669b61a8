import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindMeta } from '../../src/lib/search';

describe('Pagefind facets', () => {
  it('names each filter and value in the page language, one pair per entry', () => {
    const facets = { kind: 'claim' as const, rating: 'needs-context' as const, speaker: 'Louis-Vincent Gave', topics: ['necessity' as const, 'gavekal' as const] };
    expect(pagefindFilters(facets, 'en')).toEqual([
      'Page type:Claim review',
      'Rating:Needs context',
      'Who said it:Louis-Vincent Gave',
      'Topic:Necessity and invention',
      'Topic:The Gavekal view',
    ]);
    expect(pagefindFilters(facets, 'zh')[0]).toBe('页面类型:说法核查');
    expect(pagefindFilters(facets, 'zh')[1]).toBe('评级:需要背景');
  });

  it('keeps colons out of values, since a colon ends the filter name', () => {
    expect(pagefindFilters({ kind: 'person', speaker: 'A: B' }, 'en')).toEqual(['Page type:Person or organisation', 'Who said it:A  B']);
  });

  it('gives claims their rating as metadata for the results list', () => {
    expect(pagefindMeta({ kind: 'claim', rating: 'accurate' }, 'zh')).toEqual(['kind:claim', 'rating:accurate', 'ratingLabel:准确']);
    expect(pagefindMeta({ kind: 'explainer' }, 'en')).toEqual(['kind:explainer']);
  });
});

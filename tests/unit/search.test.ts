import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { RATING_IDS, RATINGS } from '../../src/lib/ratings';
import { pagefindFilters, pagefindMeta, searchFilterGroups } from '../../src/lib/search';
import {
  excerptSegments,
  pagefindFilterArgument,
  parseSearchQuery,
  searchQueryString,
} from '../../src/lib/search-query';
import { TOPIC_IDS } from '../../src/lib/topics';

describe('Pagefind facets', () => {
  const facets = {
    kind: 'claim' as const,
    rating: 'needs-context' as const,
    speaker: { id: 'louis-vincent-gave', name: 'Louis-Vincent Gave' },
    topics: ['necessity' as const, 'gavekal' as const],
  };

  it('writes filters as ids, the same in both languages, one pair per entry', () => {
    expect(pagefindFilters(facets)).toEqual([
      'kind:claim',
      'rating:needs-context',
      'speaker:louis-vincent-gave',
      'topic:necessity',
      'topic:gavekal',
    ]);
    expect(pagefindFilters({ kind: 'person' })).toEqual(['kind:person']);
  });

  it('keeps colons out of values, since a colon ends the filter name', () => {
    expect(pagefindMeta({ kind: 'claim', speaker: { id: 'a', name: 'A: B' } })).toEqual(['kind:claim', 'speaker:A  B']);
  });

  it('gives results their kind, rating and speaker as metadata for the results list', () => {
    expect(pagefindMeta(facets)).toEqual(['kind:claim', 'rating:needs-context', 'speaker:Louis-Vincent Gave']);
    expect(pagefindMeta({ kind: 'explainer' })).toEqual(['kind:explainer']);
  });

  it("offers every filter value a page can carry, labelled in the page's language", () => {
    const speakers = [
      { id: 'john-cassidy', name: '约翰·卡西迪' },
      { id: 'alibaba', name: '阿里巴巴' },
      { id: 'john-cassidy', name: '约翰·卡西迪' },
    ];
    const groups = searchFilterGroups('zh', speakers);
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['kind', t('zh', 'filter.kind')],
      ['rating', t('zh', 'filter.rating')],
      ['speaker', t('zh', 'filter.speaker')],
      ['topic', t('zh', 'filter.topic')],
    ]);
    const values = (key: string) => groups.find((g) => g.key === key)!.options.map((o) => o.value);
    expect(values('rating')).toEqual([...RATING_IDS]);
    expect(values('topic')).toEqual([...TOPIC_IDS]);
    expect(groups[1]!.options[2]).toEqual({ value: 'needs-context', label: RATINGS['needs-context'].label.zh });
    // Each speaker once, in the order of the page's language.
    expect(groups[2]!.options).toEqual(
      [
        { value: 'john-cassidy', label: '约翰·卡西迪' },
        { value: 'alibaba', label: '阿里巴巴' },
      ].sort((a, b) => a.label.localeCompare(b.label, 'zh')),
    );
    // The values offered are the values pagefindFilters writes for pages that carry them.
    for (const o of groups[0]!.options)
      expect(pagefindFilters({ kind: o.value as never })).toContain(`kind:${o.value}`);
    for (const o of groups[1]!.options)
      expect(pagefindFilters({ kind: 'claim', rating: o.value as never })).toContain(`rating:${o.value}`);
    for (const o of groups[3]!.options)
      expect(pagefindFilters({ kind: 'claim', topics: [o.value as never] })).toContain(`topic:${o.value}`);
    expect(pagefindFilters({ kind: 'claim', speaker: speakers[1]! })).toContain(
      `speaker:${groups[2]!.options[0]!.value}`,
    );
  });
});

describe('search state in the address', () => {
  it('reads the query and the chosen filters, ignoring unknown parameters and empty values', () => {
    expect(
      parseSearchQuery(
        new URLSearchParams(
          'q=+export+controls+&rating=accurate&rating=misleading&rating=accurate&topic=&utm_source=x',
        ),
      ),
    ).toEqual({
      q: 'export controls',
      filters: { rating: ['accurate', 'misleading'] },
    });
    expect(parseSearchQuery(new URLSearchParams(''))).toEqual({ q: '', filters: {} });
  });

  it('writes the same state back, filters in a fixed order, and nothing for an empty search', () => {
    const state = { q: '出口管制', filters: { topic: ['export-controls'], kind: ['claim', 'explainer'] } };
    const text = searchQueryString(state);
    expect(text).toBe('?q=%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6&kind=claim&kind=explainer&topic=export-controls');
    expect(parseSearchQuery(new URLSearchParams(text))).toEqual(state);
    expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
  });

  it('asks Pagefind for any chosen value within a filter and every filter at once', () => {
    expect(
      pagefindFilterArgument({
        q: '',
        filters: { rating: ['accurate', 'misleading'], speaker: ['alibaba'], topic: [] },
      }),
    ).toEqual({
      rating: { any: ['accurate', 'misleading'] },
      speaker: { any: ['alibaba'] },
    });
  });
});

describe("Pagefind's excerpts", () => {
  it('takes only <mark> as markup and reads the rest as text', () => {
    // The form Pagefind 1.6 returns: raw quotes and ampersands, < and > as entities.
    const excerpt =
      'Tom & Jerry wrote &lt;script&gt;alert(1)&lt;/script&gt; and "quoted" <mark>zebra.</mark> and <mark>Trump\'s</mark> end';
    expect(excerptSegments(excerpt)).toEqual([
      { text: 'Tom & Jerry wrote <script>alert(1)</script> and "quoted" ', mark: false },
      { text: 'zebra.', mark: true },
      { text: ' and ', mark: false },
      { text: "Trump's", mark: true },
      { text: ' end', mark: false },
    ]);
  });

  it('cannot be made to produce an element other than a mark', () => {
    const segments = excerptSegments('&lt;mark&gt;fake&lt;/mark&gt; <img src=x onerror=alert(1)> <mark>real</mark>');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['real']);
    expect(segments[0]).toEqual({ text: '<mark>fake</mark> <img src=x onerror=alert(1)> ', mark: false });
  });
});

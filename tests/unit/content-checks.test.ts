import { describe, expect, it } from 'vitest';
import { assertContent, checkContent, formatProblem, type ContentSet } from '../../src/lib/content-checks';
import { claimSchema } from '../../src/lib/schemas';
import { validClaim } from '../support/records';

function set(overrides: Partial<ContentSet> = {}): ContentSet {
  const claim = claimSchema.parse({ ...validClaim(), speaker: 'cassidy', sources: ['s1'], explanation: { en: 'See [it](https://example.org/s1).', zh: '见[此](https://example.org/s1)。' } });
  const explainer = (locale: string) => ({
    id: `${locale}/story`,
    filePath: `content/explainers/${locale}/story.mdx`,
    data: { slug: 'story', title: 'T', description: 'D', published: '2026-11-28', topic: 'deepseek' as const, claims: ['c1'], sources: ['s1'] },
  });
  return {
    people: [{ id: 'cassidy', data: { kind: 'person', name: { en: 'J', zh: 'J' }, role: { en: 'r', zh: 'r' }, sameAs: [] } }],
    sources: [{ id: 's1', filePath: 'content/sources/s1.yaml', data: { publisher: 'P', title: 'T', date: '2025-01-01', url: 'https://example.org/s1', language: 'en', kind: 'primary' } }],
    claims: [{ id: 'c1', filePath: 'content/claims/c1.yaml', data: claim }],
    explainers: [explainer('en'), explainer('zh')],
    pages: [],
    figures: [],
    ...overrides,
  };
}

const messages = (s: ContentSet) => checkContent(s).map(formatProblem);

describe('cross-record content checks', () => {
  it('accepts a consistent set', () => {
    expect(checkContent(set())).toEqual([]);
    expect(() => assertContent(set())).not.toThrow();
  });

  it('names the file and field of an unknown speaker', () => {
    const s = set();
    s.claims[0]!.data.speaker = 'nobody';
    expect(messages(s)).toEqual(['content/claims/c1.yaml: speaker: unknown speaker "nobody" (no file for it in people/)']);
  });

  it('names the file and index of an unknown source', () => {
    const s = set();
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(messages(s)).toEqual(['content/claims/c1.yaml: sources[1]: unknown source "missing" (no file for it in sources/)']);
  });

  it('flags a source listed twice', () => {
    const s = set();
    s.claims[0]!.data.sources = ['s1', 's1'];
    expect(messages(s)).toEqual(['content/claims/c1.yaml: sources[1]: source "s1" is listed twice']);
  });

  it('flags an explainer that discusses a claim that does not exist', () => {
    const s = set();
    s.explainers.forEach((e) => (e.data.claims = ['c1', 'ghost']));
    expect(messages(s)).toContain('content/explainers/en/story.mdx: claims[1]: unknown claim "ghost" (no file for it in claims/)');
  });

  it('flags an explainer with only one language edition', () => {
    const s = set({ explainers: set().explainers.slice(0, 1) });
    expect(messages(s)).toEqual(['content/explainers/en/story.mdx: slug: "story" has no zh edition in explainers/zh/']);
  });

  it('flags editions that discuss different claims', () => {
    const s = set();
    s.explainers[1]!.data.claims = [];
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: claims: differs from content/explainers/en/story.mdx: both editions must discuss the same claims',
    ]);
  });

  it('flags a link in an explanation that is not one of the claim\'s sources', () => {
    const s = set();
    s.claims[0]!.data.explanation.zh = '见[别处](https://example.org/elsewhere)。';
    expect(messages(s)).toEqual(['content/claims/c1.yaml: explanation.zh: links to https://example.org/elsewhere, which is not one of its sources']);
  });

  it('flags a summary too long to publish as claimReviewed', () => {
    const s = set();
    s.claims[0]!.data.summary.en = 'x'.repeat(76);
    expect(messages(s)).toEqual(['content/claims/c1.yaml: summary.en: 76 characters; keep it under 75']);
    s.claims[0]!.data.summary.en = 'x'.repeat(75);
    expect(messages(s)).toEqual(['content/claims/c1.yaml: summary.en: 75 characters; keep it under 75']);
    s.claims[0]!.data.summary.en = 'x'.repeat(74);
    expect(messages(s)).toEqual([]);
  });

  it('flags a source nobody cites, so no record is kept silently unused', () => {
    const s = set();
    s.sources.push({ id: 'orphan', filePath: 'content/sources/orphan.yaml', data: { ...s.sources[0]!.data } });
    expect(messages(s)).toEqual(['content/sources/orphan.yaml: (file): source "orphan" is cited by no claim, explainer, page or figure']);
  });

  it('reports every problem at once in the thrown error', () => {
    const s = set();
    s.claims[0]!.data.speaker = 'nobody';
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(() => assertContent(s)).toThrow(/2 problem\(s\)[\s\S]*speaker[\s\S]*sources\[1\]/);
  });
});

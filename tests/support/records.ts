import type { ContentSet } from '../../src/lib/content-checks';
import { checkContent, formatProblem } from '../../src/lib/content-checks';
import { claimSchema } from '../../src/lib/schemas';
import { LINKED_PAGES } from '../../src/lib/urls';
/** A valid claim record as a YAML parser would hand it over (dates may be Date objects). */
export const validClaim = () => ({
  statement: { en: 'Nvidia lost more than $500bn.', zh: '英伟达市值蒸发逾五千亿美元。' },
  summary: { en: 'Nvidia lost over $500bn in a day', zh: '英伟达一天蒸发逾五千亿美元' },
  speaker: 'john-cassidy',
  appearance: { url: 'https://example.org/a', date: new Date('2025-02-03'), medium: { en: 'Column', zh: '专栏' } },
  rating: 'accurate',
  verdict: { en: 'Correct.', zh: '正确。' },
  explanation: { en: 'Because [a source](https://example.org/s).', zh: '因为[资料](https://example.org/s)。' },
  sources: ['a-source'],
  evidence: [{ source: 'a-source', lang: 'en', quote: 'The words of the source.' }],
  topics: ['deepseek'],
  reviewed: '2026-11-28',
});

/** The prose pages the header and footer link to (LINKED_PAGES), in both languages, as checkContent takes them. */
export const linkedPages = () =>
  Object.values(LINKED_PAGES).flatMap((slug) =>
    ['en', 'zh'].map((locale) => ({
      id: `${locale}/${slug}`,
      filePath: `content/pages/${locale}/${slug}.mdx`,
      data: {
        slug,
        title: 'T',
        description: 'D',
        published: '2026-11-28',
        updated: '2026-11-28',
        sources: [] as string[],
        corrections: [],
      },
    })),
  );

/** Source `s1` (https://example.org/s1), as checkContent takes it. */
export const sourceRecord = () => ({
  id: 's1',
  filePath: 'content/sources/s1.yaml',
  data: {
    publisher: 'P',
    title: 'T',
    date: '2025-01-01',
    url: 'https://example.org/s1',
    language: 'en',
    kind: 'primary' as const,
  },
});

/** One edition of the explainer `story`, citing source `s1` and discussing `claims`, as checkContent takes it. */
export const explainerRecord = (locale: string, body: string, claims: string[] = []) => ({
  id: `${locale}/story`,
  filePath: `content/explainers/${locale}/story.mdx`,
  data: {
    slug: 'story',
    title: 'T',
    description: 'D',
    published: '2026-11-28',
    asOf: '2026-11-28',
    topic: 'deepseek' as const,
    claims,
    sources: ['s1'],
    corrections: [],
  },
  body,
});

/**
 * A consistent content set (one claim `c1`, the explainer `story` in both languages, the linked
 * pages, source `s1`, figure `f`) for the cross-record checks; `overrides` replace whole kinds.
 */
export function contentSet(overrides: Partial<ContentSet> = {}): ContentSet {
  const claim = claimSchema.parse({
    ...validClaim(),
    speaker: 'cassidy',
    sources: ['s1'],
    evidence: [{ source: 's1', lang: 'en', quote: 'Words of s1.' }],
    explanation: { en: 'See [it](https://example.org/s1).', zh: '见[此](https://example.org/s1)。' },
  });
  const body = `## Background\n\nSee [the source](https://example.org/s1).\n\n<Figure id="f" />\n\n### Detail\n`;
  return {
    people: [
      { id: 'cassidy', data: { kind: 'person', name: { en: 'J', zh: 'J' }, role: { en: 'r', zh: 'r' }, sameAs: [] } },
    ],
    sources: [sourceRecord()],
    claims: [{ id: 'c1', filePath: 'content/claims/c1.yaml', data: claim }],
    explainers: [explainerRecord('en', body, ['c1']), explainerRecord('zh', body, ['c1'])],
    pages: linkedPages(),
    figures: [
      {
        id: 'f',
        filePath: 'content/data/f.yaml',
        data: {
          chart: 'timeline',
          title: { en: 'F', zh: 'F' },
          description: { en: 'F', zh: 'F' },
          events: [],
        } as never,
      },
    ],
    ...overrides,
  };
}

/** The problems checkContent finds, as the build prints them; `today` fixes the date for date rules. */
export const messages = (s: ContentSet, today?: string) => checkContent(s, today).map(formatProblem);

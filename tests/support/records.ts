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

import { describe, expect, it } from 'vitest';
import {
  assertContent,
  checkContent,
  formatProblem,
  mdxExternalLinks,
  mdxHeadingLevels,
  mdxMarkdown,
  type ContentSet,
} from '../../src/lib/content-checks';
import { LINKED_PAGES } from '../../src/lib/urls';
import { claimSchema } from '../../src/lib/schemas';
import { explainerRecord, linkedPages, sourceRecord, validClaim } from '../support/records';

function set(overrides: Partial<ContentSet> = {}): ContentSet {
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

const messages = (s: ContentSet) => checkContent(s).map(formatProblem);

describe('cross-record content checks', () => {
  it('accepts a consistent set', () => {
    expect(checkContent(set())).toEqual([]);
    expect(() => assertContent(set())).not.toThrow();
  });

  it('asks both editions of an explainer for one "as of" day, between publication and today', () => {
    const s = set();
    s.explainers[1]!.data.asOf = '2026-11-29';
    s.explainers[0]!.data.asOf = '2026-11-27';
    expect(checkContent(s, '2026-12-01').map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/explainers\/en\/story\.mdx: asOf: .*2026-11-27.*published/),
      'content/explainers/zh/story.mdx: asOf: is 2026-11-29 where content/explainers/en/story.mdx says 2026-11-27: both editions are checked as of the same day',
    ]);
  });

  it('names the file and field of an unknown speaker', () => {
    const s = set();
    s.claims[0]!.data.speaker = 'nobody';
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: speaker: unknown speaker "nobody" (no file for it in people/)',
    ]);
  });

  it('names the file and index of an unknown source', () => {
    const s = set();
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: sources[1]: unknown source "missing" (no file for it in sources/)',
    ]);
  });

  it('flags a table row whose width or sources do not match the claim', () => {
    const s = set();
    s.claims[0]!.data.table = {
      caption: { en: 'C', zh: 'C' },
      columns: [
        { en: 'A', zh: 'A' },
        { en: 'B', zh: 'B' },
      ],
      rows: [
        { cells: ['a', 'b'], sources: ['s1'] },
        { cells: ['a'], sources: ['s1', 'elsewhere'] },
      ],
    };
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: table.rows[1].cells: 1 cells for 2 columns',
      'content/claims/c1.yaml: table.rows[1].sources[1]: "elsewhere" is not one of the claim\'s sources',
    ]);
  });

  it('flags a source listed twice', () => {
    const s = set();
    s.claims[0]!.data.sources = ['s1', 's1'];
    expect(messages(s)).toEqual(['content/claims/c1.yaml: sources[1]: source "s1" is listed twice']);
  });

  it('flags an explainer that discusses a claim that does not exist', () => {
    const s = set();
    s.explainers.forEach((e) => (e.data.claims = ['c1', 'ghost']));
    expect(messages(s)).toContain(
      'content/explainers/en/story.mdx: claims[1]: unknown claim "ghost" (no file for it in claims/)',
    );
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

  it("flags a link in an explanation that is not one of the claim's sources", () => {
    const s = set();
    s.claims[0]!.data.explanation.zh = '见[别处](https://example.org/elsewhere)。';
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: explanation.zh: links to https://example.org/elsewhere, which is not one of its sources',
    ]);
  });

  it('flags a link in an explainer that is not one of its sources, wherever it sits in the MDX', () => {
    const s = set();
    s.explainers[1]!.body += [
      '',
      '<TableScroll label="Engines > weights">',
      '',
      '| Tank | Source |',
      '| --- | --- |',
      '| Tiger | [museum](https://example.org/museum) |',
      '',
      '</TableScroll>',
      '',
      '```md',
      '[not a link, code](https://example.org/code)',
      '```',
    ].join('\n');
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: body: links to https://example.org/museum, which is not one of its sources',
    ]);
  });

  it('flags editions whose headings differ, counting ## and ### outside code and components', () => {
    const s = set();
    s.explainers[1]!.body = s.explainers[1]!.body!.replace('### Detail', '## Detail');
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: body: has 2 (## ##) headings where content/explainers/en/story.mdx has 2 (## ###): both editions must have the same sections',
    ]);
    const code = set();
    code.explainers[1]!.body += '\n```\n## not a heading\n```\n';
    expect(messages(code)).toEqual([]);
  });

  it('flags editions that cite different sources', () => {
    const s = set();
    s.sources.push({
      id: 's2',
      filePath: 'content/sources/s2.yaml',
      data: { ...s.sources[0]!.data, url: 'https://example.org/s2' },
    });
    s.explainers[1]!.data.sources = ['s1', 's2'];
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: sources: differs from content/explainers/en/story.mdx: both editions must cite the same sources',
    ]);
  });

  it('fails, by name, when a page the header or footer links to is missing in a language', () => {
    const s = set();
    s.pages = s.pages.filter((p) => p.id !== 'zh/methodology');
    expect(messages(s)).toEqual([
      'content/pages/en/methodology.mdx: slug: "methodology" has no zh edition in pages/zh/',
      'pages/zh/methodology.mdx: slug: no zh page has slug "methodology", which the site\'s header, footer or rating links point to',
    ]);
    const none = set({ pages: [] });
    expect(messages(none)).toHaveLength(Object.keys(LINKED_PAGES).length * 2);
  });

  it('reads an MDX body as Markdown without code, comments or component tags', () => {
    const body =
      '## A\n\n{/* note: [x](https://example.org/comment) */}\n<Figure id="a" />\n<TableScroll label={"x > y"}>\ntext [s](https://example.org/s) and [home](/claims/)\n</TableScroll>\n~~~\n### code\n~~~\n';
    expect(mdxMarkdown(body)).not.toMatch(/Figure|TableScroll|comment|code/);
    expect(mdxHeadingLevels(body)).toEqual([2]);
    expect(mdxExternalLinks(body)).toEqual(['https://example.org/s']);
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
    expect(messages(s)).toEqual([
      'content/sources/orphan.yaml: (file): source "orphan" is cited by no claim, explainer, page or figure',
    ]);
  });

  it('reports every problem at once in the thrown error', () => {
    const s = set();
    s.claims[0]!.data.speaker = 'nobody';
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(() => assertContent(s)).toThrow(/2 problem\(s\)[\s\S]*speaker[\s\S]*sources\[1\]/);
  });
});

describe('corrections on a record', () => {
  const note = {
    en: 'We wrote the wrong year for the rule; it was 2022, and the page now says so.',
    zh: '我们把规则的年份写错了，应为 2022 年，页面现已更正。',
  };
  const withCorrections = (corrections: unknown[], rating = 'accurate') => {
    const s = set();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, rating, corrections });
    return s;
  };
  const check = (s: ContentSet) => checkContent(s, '2026-12-31').map(formatProblem);

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
    const s = set();
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
  const check = (s: ContentSet) => checkContent(s, '2026-12-31').map(formatProblem);

  it('accepts an update between the first date and today', () => {
    const s = set();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, updated: '2026-12-31' });
    s.explainers[0]!.data = { ...s.explainers[0]!.data, updated: '2026-11-28' };
    expect(check(s)).toEqual([]);
  });

  it('rejects an update before the review or publication, and one after today', () => {
    const s = set();
    s.claims[0]!.data = claimSchema.parse({ ...s.claims[0]!.data, updated: '2026-11-01' });
    s.explainers[1]!.data = { ...s.explainers[1]!.data, updated: '2027-01-01' };
    expect(check(s)).toEqual([
      "content/claims/c1.yaml: updated: 2026-11-01 is before the record's reviewed date 2026-11-28",
      'content/explainers/zh/story.mdx: updated: 2027-01-01 is after today (2026-12-31)',
    ]);
  });
});

describe('evidence quotes', () => {
  it('are required: a claim with none fails, naming the field', () => {
    const s = set();
    s.claims[0]!.data.evidence = [];
    expect(messages(s)).toEqual([
      "content/claims/c1.yaml: evidence: a claim needs at least one evidence quote: the source's exact words behind the review",
    ]);
  });

  it('must quote one of the claim’s own sources', () => {
    const s = set();
    s.claims[0]!.data.evidence = [{ source: 'elsewhere', lang: 'en', quote: 'Words.' }];
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: evidence[0].source: "elsewhere" is not one of the claim\'s sources',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentSet, messages } from '../../support/records';
describe('language editions', () => {
  it('flags an explainer with only one language edition', () => {
    const s = contentSet({ explainers: contentSet().explainers.slice(0, 1) });
    expect(messages(s)).toEqual(['content/explainers/en/story.mdx: slug: "story" has no zh edition in explainers/zh/']);
  });

  it('flags editions that discuss different claims', () => {
    const s = contentSet();
    s.explainers[1]!.data.claims = [];
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: claims: differs from content/explainers/en/story.mdx: both editions must discuss the same claims',
    ]);
  });

  it('flags editions whose headings differ, counting ## and ### outside code and components', () => {
    const s = contentSet();
    s.explainers[1]!.body = s.explainers[1]!.body!.replace('### Detail', '## Detail');
    expect(messages(s)).toEqual([
      'content/explainers/zh/story.mdx: body: has 2 (## ##) headings where content/explainers/en/story.mdx has 2 (## ###): both editions must have the same sections',
    ]);
    const code = contentSet();
    code.explainers[1]!.body += '\n```\n## not a heading\n```\n';
    expect(messages(code)).toEqual([]);
  });

  it('flags editions that cite different sources', () => {
    const s = contentSet();
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

  it('asks both editions of an explainer for one "as of" day, between publication and today', () => {
    const s = contentSet();
    s.explainers[1]!.data.asOf = '2026-11-29';
    s.explainers[0]!.data.asOf = '2026-11-27';
    expect(messages(s, '2026-12-01')).toEqual([
      expect.stringMatching(/^content\/explainers\/en\/story\.mdx: asOf: .*2026-11-27.*published/),
      'content/explainers/zh/story.mdx: asOf: is 2026-11-29 where content/explainers/en/story.mdx says 2026-11-27: both editions are checked as of the same day',
    ]);
  });
});

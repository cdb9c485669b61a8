import { describe, expect, it } from 'vitest';
import { contentSet, messages } from '../../support/records';
describe('explainer and page checks', () => {
  it('flags an explainer that discusses a claim that does not exist', () => {
    const s = contentSet();
    s.explainers.forEach((e) => (e.data.claims = ['c1', 'ghost']));
    expect(messages(s)).toContain(
      'content/explainers/en/story.mdx: claims[1]: unknown claim "ghost" (no file for it in claims/)',
    );
  });

  it('flags a link in an explainer that is not one of its sources, wherever it sits in the MDX', () => {
    const s = contentSet();
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
});

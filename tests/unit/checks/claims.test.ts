import { describe, expect, it } from 'vitest';
import { contentSet, messages } from '../../support/records';
describe('claim checks', () => {
  it('names the file and field of an unknown speaker', () => {
    const s = contentSet();
    s.claims[0]!.data.speaker = 'nobody';
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: speaker: unknown speaker "nobody" (no file for it in people/)',
    ]);
  });

  it('names the file and index of an unknown source', () => {
    const s = contentSet();
    s.claims[0]!.data.sources = ['s1', 'missing'];
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: sources[1]: unknown source "missing" (no file for it in sources/)',
    ]);
  });

  it('flags a source listed twice', () => {
    const s = contentSet();
    s.claims[0]!.data.sources = ['s1', 's1'];
    expect(messages(s)).toEqual(['content/claims/c1.yaml: sources[1]: source "s1" is listed twice']);
  });

  it("flags a link in an explanation that is not one of the claim's sources", () => {
    const s = contentSet();
    s.claims[0]!.data.explanation.zh = '见[别处](https://example.org/elsewhere)。';
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: explanation.zh: links to https://example.org/elsewhere, which is not one of its sources',
    ]);
  });

  it('flags a summary too long to publish as claimReviewed', () => {
    const s = contentSet();
    s.claims[0]!.data.summary.en = 'x'.repeat(76);
    expect(messages(s)).toEqual(['content/claims/c1.yaml: summary.en: 76 characters; keep it under 75']);
    s.claims[0]!.data.summary.en = 'x'.repeat(75);
    expect(messages(s)).toEqual(['content/claims/c1.yaml: summary.en: 75 characters; keep it under 75']);
    s.claims[0]!.data.summary.en = 'x'.repeat(74);
    expect(messages(s)).toEqual([]);
  });

  it('flags a table row whose width or sources do not match the claim', () => {
    const s = contentSet();
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

  it('are required: a claim with none fails, naming the field', () => {
    const s = contentSet();
    s.claims[0]!.data.evidence = [];
    expect(messages(s)).toEqual([
      "content/claims/c1.yaml: evidence: a claim needs at least one evidence quote: the source's exact words behind the review",
    ]);
  });

  it('must quote one of the claim’s own sources', () => {
    const s = contentSet();
    s.claims[0]!.data.evidence = [{ source: 'elsewhere', lang: 'en', quote: 'Words.' }];
    expect(messages(s)).toEqual([
      'content/claims/c1.yaml: evidence[0].source: "elsewhere" is not one of the claim\'s sources',
    ]);
  });
});

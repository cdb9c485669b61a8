import { describe, expect, it } from 'vitest';
import { contentSet, messages } from '../../support/records';
describe('source checks', () => {
  it('flags a source nobody cites, so no record is kept silently unused', () => {
    const s = contentSet();
    s.sources.push({ id: 'orphan', filePath: 'content/sources/orphan.yaml', data: { ...s.sources[0]!.data } });
    expect(messages(s)).toEqual([
      'content/sources/orphan.yaml: (file): source "orphan" is cited by no claim, explainer, page or figure',
    ]);
  });
});

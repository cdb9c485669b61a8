/**
 * Evidence rules over the real content (evidence-checks.ts). Until every quote passes the audit,
 * this is how editors list what is left; once it passes, checkContent runs the same rules in the build.
 */
import { expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../../src/lib/content-checks';
import { evidenceItemProblems, passageWordingProblems, type PlacedQuote } from '../../src/lib/evidence-checks';
import { claimSchema, figureSchema, type Evidence } from '../../src/lib/schemas';
import { readYamlFolder } from '../support/content-files';

it('keeps every evidence quote the words of the source it names', () => {
  const problems: ContentProblem[] = [];
  const quotes: PlacedQuote[] = [];
  const check = (file: string, field: string, evidence: Evidence[]) =>
    evidence.forEach((e, i) => {
      problems.push(...evidenceItemProblems(file, `${field}[${i}]`, e));
      quotes.push({ file, field: `${field}[${i}]`, source: e.source, quote: e.quote });
    });
  for (const c of readYamlFolder('claims')) check(c.file, 'evidence', claimSchema.parse(c.data).evidence);
  for (const f of readYamlFolder('data')) {
    const d = figureSchema.parse(f.data);
    if (d.chart === 'timeline') d.events.forEach((e, i) => check(f.file, `events[${i}].evidence`, e.evidence));
    else d.series.forEach((s, i) => check(f.file, `series[${i}].evidence`, s.evidence));
  }
  problems.push(...passageWordingProblems(quotes));
  const list = problems.map(formatProblem).join('\n');
  expect(problems, `${problems.length} evidence problem(s):\n${list}`).toHaveLength(0);
});

/**
 * A claim: its speaker and sources exist, its summary fits a search result, its explanation and
 * table cite only its own sources, its dates hold, and it quotes the evidence behind it.
 */
import { LOCALES } from '../i18n';
import { markdownLinks } from '../mdx-text';
import type { ClaimData } from '../schemas';
import { checkCorrections } from './corrections';
import {
  checkDateSpan,
  checkSourceList,
  fileOf,
  problem,
  type CheckContext,
  type ContentProblem,
  type ContentSet,
} from './context';

/**
 * Summaries are published as ClaimReview `claimReviewed`; Google asks for under 75 characters.
 * A summary must be shorter than its limit (Chinese packs more into each character).
 */
export const SUMMARY_LIMIT = { en: 75, zh: 40 } as const;

export function summaryTooLong(text: string, limit: number): boolean {
  return [...text].length >= limit;
}

/** Summaries under their limit; links in an explanation are citations, so each is a listed source. */
function checkText(file: string, d: ClaimData, ctx: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = new Set(d.sources.map((id) => ctx.sources.get(id)?.data.url).filter(Boolean));
  for (const locale of LOCALES) {
    const summary = d.summary[locale];
    if (summaryTooLong(summary, SUMMARY_LIMIT[locale])) {
      const length = [...summary].length;
      problems.push(problem(file, `summary.${locale}`, `${length} characters; keep it under ${SUMMARY_LIMIT[locale]}`));
    }
    for (const href of markdownLinks(d.explanation[locale])) {
      if (!listed.has(href))
        problems.push(problem(file, `explanation.${locale}`, `links to ${href}, which is not one of its sources`));
    }
  }
  return problems;
}

/** A table row cites the claim's own sources, and has one cell per column. */
function checkTable(file: string, d: ClaimData): ContentProblem[] {
  if (!d.table) return [];
  const width = d.table.columns.length;
  return d.table.rows.flatMap((row, r) => [
    ...(row.cells.length === width
      ? []
      : [problem(file, `table.rows[${r}].cells`, `${row.cells.length} cells for ${width} columns`)]),
    ...row.sources.flatMap((id, i) =>
      d.sources.includes(id)
        ? []
        : [problem(file, `table.rows[${r}].sources[${i}]`, `"${id}" is not one of the claim's sources`)],
    ),
  ]);
}

/** Evidence quotes the claim's own sources, so a reader finds the document on the same page. */
function checkEvidence(file: string, d: ClaimData): ContentProblem[] {
  const problems = d.evidence.flatMap((e, i) =>
    d.sources.includes(e.source)
      ? []
      : [problem(file, `evidence[${i}].source`, `"${e.source}" is not one of the claim's sources`)],
  );
  if (d.evidence.length === 0)
    problems.unshift(
      problem(
        file,
        'evidence',
        "a claim needs at least one evidence quote: the source's exact words behind the review",
      ),
    );
  return problems;
}

export function checkClaims(content: ContentSet, ctx: CheckContext): ContentProblem[] {
  return content.claims.flatMap((claim) => {
    const file = fileOf(claim, `claims/${claim.id}`);
    const d = claim.data;
    const dated = { first: d.reviewed, firstField: 'reviewed' };
    return [
      ...(ctx.people.has(d.speaker)
        ? []
        : [problem(file, 'speaker', `unknown speaker "${d.speaker}" (no file for it in people/)`)]),
      ...checkSourceList(file, d.sources, ctx),
      ...checkText(file, d, ctx),
      ...checkDateSpan(file, 'updated', d.updated, dated, ctx.today),
      ...checkCorrections(file, { ...dated, rating: d.rating, corrections: d.corrections }, ctx.today),
      ...checkTable(file, d),
      ...checkEvidence(file, d),
    ];
  });
}

/**
 * Cross-record checks that a per-file schema cannot make: references between collections and
 * the pairing of language editions. One check per kind of record lives in `checks/`; this file
 * runs them all. Each problem names the file and the field, so an editor can go straight to it.
 * `assertContent` throws them all at once, which fails `astro build`.
 */
import { checkArticles } from './checks/articles';
import { checkClaims } from './checks/claims';
import { checkContext, type Check, type ContentProblem, type ContentSet } from './checks/context';
import { checkEditions } from './checks/editions';
import { checkEvidence } from './checks/evidence';
import { checkFigures } from './checks/figures';
import { checkLinkedPages } from './checks/linked-pages';
import { checkSources } from './checks/sources';

export type { ContentProblem, ContentSet, Record_ } from './checks/context';

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Today's date in UTC, the latest a correction or update may carry. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** In the order an editor reads the report: records first, then how they fit together. */
const CHECKS: Check[] = [
  checkClaims,
  checkArticles,
  checkFigures,
  checkEvidence,
  checkEditions,
  checkLinkedPages,
  checkSources,
];

export function checkContent(content: ContentSet, today: string = todayIso()): ContentProblem[] {
  const ctx = checkContext(content, today);
  return CHECKS.flatMap((check) => check(content, ctx));
}

export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export function assertContent(content: ContentSet, today?: string): void {
  const problems = checkContent(content, today);
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * What every record check shares: the problem type, the index of the records a reference may
 * point to, today's date, and the small rules several kinds of record follow (a source list,
 * a later date).
 */
import type { ClaimData, ExplainerData, FigureData, PageData, PersonData, SourceData } from '../schemas';

export interface Record_<T> {
  id: string;
  /** Path of the file the record came from, relative to the project root. */
  filePath?: string | undefined;
  data: T;
  /** MDX records only: the body, where figures are embedded. */
  body?: string | undefined;
}

export interface ContentSet {
  people: Record_<PersonData>[];
  sources: Record_<SourceData>[];
  claims: Record_<ClaimData>[];
  explainers: Record_<ExplainerData>[];
  pages: Record_<PageData>[];
  figures: Record_<FigureData>[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** The one way a check reports: the file, the field in it, and what is wrong. */
export const problem = (file: string, field: string, message: string): ContentProblem => ({ file, field, message });

/** The records a reference may resolve to, and the date that counts as today. */
export interface CheckContext {
  today: string;
  people: Set<string>;
  claims: Set<string>;
  figures: Set<string>;
  sources: Map<string, Record_<SourceData>>;
}

export type Check = (content: ContentSet, ctx: CheckContext) => ContentProblem[];

export function checkContext(content: ContentSet, today: string): CheckContext {
  return {
    today,
    people: new Set(content.people.map((p) => p.id)),
    claims: new Set(content.claims.map((c) => c.id)),
    figures: new Set(content.figures.map((f) => f.id)),
    sources: new Map(content.sources.map((s) => [s.id, s])),
  };
}

/** The file a record came from, or a readable stand-in for records made in tests. */
export const fileOf = (r: Record_<unknown>, fallback: string) => r.filePath ?? fallback;

/** A record's `sources` list: every id names a source file, and none is listed twice. */
export function checkSourceList(file: string, ids: string[], ctx: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!ctx.sources.has(id))
      problems.push(problem(file, `sources[${i}]`, `unknown source "${id}" (no file for it in sources/)`));
    if (seen.has(id)) problems.push(problem(file, `sources[${i}]`, `source "${id}" is listed twice`));
    seen.add(id);
  });
  return problems;
}

/**
 * A date a record carries after its first one (a correction's, or `updated`): not before that
 * first date, and not after today.
 */
export function checkDateSpan(
  file: string,
  field: string,
  date: string | undefined,
  record: { first: string; firstField: string },
  today: string,
): ContentProblem[] {
  if (!date) return [];
  if (date < record.first)
    return [problem(file, field, `${date} is before the record's ${record.firstField} date ${record.first}`)];
  if (date > today) return [problem(file, field, `${date} is after today (${today})`)];
  return [];
}

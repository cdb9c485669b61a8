/**
 * Figures: every value's source exists, and every source used keeps the words that support it
 * (and only sources used are quoted).
 */
import { sourceAt } from '../figures/refs';
import type { Evidence, FigureData } from '../schemas';
import { fileOf, problem, type CheckContext, type ContentProblem, type ContentSet } from './context';

/** The sources a figure's events or series use, each with the field that holds them and their quotes. */
export function figureSourceUses(d: FigureData): { field: string; used: string[]; evidence: Evidence[] }[] {
  if (d.chart === 'timeline')
    return d.events.map((e, i) => ({ field: `events[${i}]`, used: e.sources, evidence: e.evidence }));
  return d.series.map((s, i) => ({
    field: `series[${i}]`,
    used: s.values.map((_, j) => sourceAt(s, j)).filter((id): id is string => id !== null),
    evidence: s.evidence,
  }));
}

function checkUse(
  file: string,
  { field, used, evidence }: ReturnType<typeof figureSourceUses>[number],
  ctx: CheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const id of new Set(used)) {
    if (!ctx.sources.has(id))
      problems.push(problem(file, `${field}.sources`, `unknown source "${id}" (no file for it in sources/)`));
    else if (!evidence.some((e) => e.source === id))
      problems.push(problem(file, `${field}.evidence`, `no quote from "${id}": keep the words of every source used`));
  }
  evidence.forEach((e, k) => {
    if (!used.includes(e.source))
      problems.push(problem(file, `${field}.evidence[${k}].source`, `"${e.source}" is not one of its sources`));
  });
  return problems;
}

export function checkFigures(content: ContentSet, ctx: CheckContext): ContentProblem[] {
  return content.figures.flatMap((figure) => {
    const file = fileOf(figure, `data/${figure.id}`);
    return figureSourceUses(figure.data).flatMap((use) => checkUse(file, use, ctx));
  });
}

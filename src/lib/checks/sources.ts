/** Sources: every source file is cited by some record, so none is kept silently unused. */
import { fileOf, problem, type ContentProblem, type ContentSet } from './context';
import { figureSourceUses } from './figures';

/** Every source id a claim, explainer, page or figure cites (known or not). */
export function citedSourceIds(content: ContentSet): Set<string> {
  return new Set([
    ...[...content.claims, ...content.explainers, ...content.pages].flatMap((r) => r.data.sources),
    ...content.figures.flatMap((f) => figureSourceUses(f.data).flatMap((use) => use.used)),
  ]);
}

export function checkSources(content: ContentSet): ContentProblem[] {
  const cited = citedSourceIds(content);
  return content.sources
    .filter((s) => !cited.has(s.id))
    .map((s) =>
      problem(
        fileOf(s, `sources/${s.id}`),
        '(file)',
        `source "${s.id}" is cited by no claim, explainer, page or figure`,
      ),
    );
}

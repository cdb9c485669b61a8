/**
 * Each explainer and page exists in every locale under one slug, and the editions agree on what
 * they discuss, cite, show and how they are divided into sections.
 */
import { figureIdsIn } from '../figures/refs';
import { LOCALES, localeOfId } from '../i18n';
import { mdxHeadingLevels } from '../mdx-text';
import type { ExplainerData, PageData } from '../schemas';
import { fileOf, problem, type ContentProblem, type ContentSet, type Record_ } from './context';

type Kind = 'explainers' | 'pages';
type Edition = Record_<ExplainerData | PageData>;

/** The editions of each slug by locale; a slug used twice in one locale is a problem. */
function editionsBySlug(kind: Kind, records: Edition[]) {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Map<string, Edition>>();
  for (const r of records) {
    const locale = localeOfId(r.id);
    const editions = bySlug.get(r.data.slug) ?? new Map<string, Edition>();
    if (editions.has(locale))
      problems.push(problem(fileOf(r, `${kind}/${r.id}`), 'slug', `slug "${r.data.slug}" is used twice in ${locale}/`));
    editions.set(locale, r);
    bySlug.set(r.data.slug, editions);
  }
  return { bySlug, problems };
}

/** Two editions of one explainer or page: `b` is compared with `a`, and named in the problem. */
function checkPair(kind: Kind, a: Edition, b: Edition): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = fileOf(b, `${kind}/${b.id}`);
  const other = fileOf(a, a.id);
  if ('claims' in a.data && 'claims' in b.data && a.data.claims.join() !== b.data.claims.join())
    problems.push(problem(file, 'claims', `differs from ${other}: both editions must discuss the same claims`));
  if (kind === 'explainers') {
    const [levelsA, levelsB] = [mdxHeadingLevels(a.body ?? ''), mdxHeadingLevels(b.body ?? '')];
    if (levelsA.join() !== levelsB.join()) {
      const shape = (levels: number[]) => `${levels.length} (${levels.map((n) => '#'.repeat(n)).join(' ')})`;
      problems.push(
        problem(
          file,
          'body',
          `has ${shape(levelsB)} headings where ${other} has ${shape(levelsA)}: both editions must have the same sections`,
        ),
      );
    }
    if ([...a.data.sources].sort().join() !== [...b.data.sources].sort().join())
      problems.push(problem(file, 'sources', `differs from ${other}: both editions must cite the same sources`));
    if ('asOf' in a.data && 'asOf' in b.data && a.data.asOf !== b.data.asOf)
      problems.push(
        problem(
          file,
          'asOf',
          `is ${b.data.asOf} where ${other} says ${a.data.asOf}: both editions are checked as of the same day`,
        ),
      );
  }
  if (figureIdsIn(a.body ?? '').join() !== figureIdsIn(b.body ?? '').join())
    problems.push(
      problem(
        file,
        'body',
        `shows other figures than ${other}: both editions must show the same figures in the same order`,
      ),
    );
  return problems;
}

function checkKind(kind: Kind, records: Edition[]): ContentProblem[] {
  const { bySlug, problems } = editionsBySlug(kind, records);
  for (const [slug, editions] of bySlug) {
    const first = [...editions.values()][0]!;
    for (const locale of LOCALES) {
      if (!editions.has(locale))
        problems.push(
          problem(
            fileOf(first, `${kind}/${first.id}`),
            'slug',
            `"${slug}" has no ${locale} edition in ${kind}/${locale}/`,
          ),
        );
    }
    const [a, b] = [...editions.values()];
    if (a && b) problems.push(...checkPair(kind, a, b));
  }
  return problems;
}

export function checkEditions(content: ContentSet): ContentProblem[] {
  return [...checkKind('explainers', content.explainers), ...checkKind('pages', content.pages)];
}

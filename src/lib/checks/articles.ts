/**
 * Explainers and pages: their sources exist, their corrections hold, an update follows
 * publication, an explainer discusses claims that exist and links only to its listed sources,
 * and every figure they embed exists.
 */
import { figureIdsIn } from '../figures/refs';
import { mdxExternalLinks } from '../mdx-text';
import type { ExplainerData, PageData } from '../schemas';
import { checkCorrections } from './corrections';
import {
  checkDateSpan,
  checkSourceList,
  fileOf,
  problem,
  type CheckContext,
  type ContentProblem,
  type ContentSet,
  type Record_,
} from './context';

function checkArticle(file: string, r: Record_<ExplainerData | PageData>, ctx: CheckContext): ContentProblem[] {
  const d = r.data;
  const dated = { first: d.published, firstField: 'published' };
  return [
    ...checkSourceList(file, d.sources, ctx),
    ...checkCorrections(file, { ...dated, corrections: d.corrections }, ctx.today),
    ...checkDateSpan(file, 'updated', d.updated, dated, ctx.today),
  ];
}

/** What only an explainer has: the claims it discusses, and links that must be citations. */
function checkExplainer(file: string, ex: Record_<ExplainerData>, ctx: CheckContext): ContentProblem[] {
  const unknownClaims = ex.data.claims.flatMap((id, i) =>
    ctx.claims.has(id) ? [] : [problem(file, `claims[${i}]`, `unknown claim "${id}" (no file for it in claims/)`)],
  );
  // A link in an explainer is a citation, as in a claim's explanation: one of its listed sources.
  const listed = new Set(ex.data.sources.map((id) => ctx.sources.get(id)?.data.url));
  const unlisted = mdxExternalLinks(ex.body ?? '')
    .filter((href) => !listed.has(href))
    .map((href) => problem(file, 'body', `links to ${href}, which is not one of its sources`));
  // The story is live: the day the text was last checked lies between publication and today.
  const asOf = checkDateSpan(
    file,
    'asOf',
    ex.data.asOf,
    { first: ex.data.published, firstField: 'published' },
    ctx.today,
  );
  return [...unknownClaims, ...checkArticle(file, ex, ctx), ...asOf, ...unlisted];
}

function checkEmbeddedFigures(r: Record_<unknown>, ctx: CheckContext): ContentProblem[] {
  return figureIdsIn(r.body ?? '')
    .filter((id) => !ctx.figures.has(id))
    .map((id) => problem(fileOf(r, r.id), 'body', `embeds unknown figure "${id}" (no file for it in data/)`));
}

export function checkArticles(content: ContentSet, ctx: CheckContext): ContentProblem[] {
  return [
    ...content.explainers.flatMap((ex) => checkExplainer(fileOf(ex, `explainers/${ex.id}`), ex, ctx)),
    ...content.pages.flatMap((page) => checkArticle(fileOf(page, `pages/${page.id}`), page, ctx)),
    ...[...content.explainers, ...content.pages].flatMap((r) => checkEmbeddedFigures(r, ctx)),
  ];
}

/**
 * Cross-record checks that a per-file schema cannot make: references between collections and
 * the pairing of language editions. Each problem names the file and the field, so an editor can
 * go straight to it. `assertContent` throws them all at once, which fails `astro build`.
 */
import { LOCALES } from './i18n';
import { figureIdsIn, sourceAt } from './figures/refs';
import { markdownLinks } from './inline-markdown';
import type { ClaimData, EvidenceData, ExplainerData, FigureData, PageData, PersonData, SourceData } from './schemas';

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

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

const where = (r: Record_<unknown>, fallback: string) => r.filePath ?? fallback;

/**
 * Summaries are published as ClaimReview `claimReviewed`; Google asks for under 75 characters.
 * A summary must be shorter than its limit (Chinese packs more into each character).
 */
export const SUMMARY_LIMIT = { en: 75, zh: 40 } as const;

export function summaryTooLong(text: string, limit: number): boolean {
  return [...text].length >= limit;
}

export function checkContent(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const people = new Set(set.people.map((p) => p.id));
  const sources = new Map(set.sources.map((s) => [s.id, s]));
  const claims = new Set(set.claims.map((c) => c.id));
  const cited = new Set<string>();

  const checkSources = (file: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      cited.add(id);
      if (!sources.has(id)) {
        problems.push({ file, field: `sources[${i}]`, message: `unknown source "${id}" (no file for it in sources/)` });
      }
      if (seen.has(id)) {
        problems.push({ file, field: `sources[${i}]`, message: `source "${id}" is listed twice` });
      }
      seen.add(id);
    });
  };

  for (const claim of set.claims) {
    const file = where(claim, `claims/${claim.id}`);
    const d = claim.data;
    if (!people.has(d.speaker)) {
      problems.push({ file, field: 'speaker', message: `unknown speaker "${d.speaker}" (no file for it in people/)` });
    }
    if (d.sources.length === 0) problems.push({ file, field: 'sources', message: 'a claim needs at least one source' });
    checkSources(file, d.sources);
    for (const locale of LOCALES) {
      const summary = d.summary[locale];
      if (summaryTooLong(summary, SUMMARY_LIMIT[locale])) {
        problems.push({
          file,
          field: `summary.${locale}`,
          message: `${[...summary].length} characters; keep it under ${SUMMARY_LIMIT[locale]}`,
        });
      }
      // A link in an explanation is a citation: it must be one of the claim's listed sources.
      const listed = new Set(d.sources.map((id) => sources.get(id)?.data.url).filter(Boolean));
      for (const href of markdownLinks(d.explanation[locale])) {
        if (!listed.has(href)) {
          problems.push({ file, field: `explanation.${locale}`, message: `links to ${href}, which is not one of its sources` });
        }
      }
    }
    if (d.updated && d.updated < d.reviewed) {
      problems.push({ file, field: 'updated', message: `${d.updated} is before reviewed ${d.reviewed}` });
    }
  }

  for (const ex of set.explainers) {
    const file = where(ex, `explainers/${ex.id}`);
    ex.data.claims.forEach((id, i) => {
      if (!claims.has(id)) problems.push({ file, field: `claims[${i}]`, message: `unknown claim "${id}" (no file for it in claims/)` });
    });
    checkSources(file, ex.data.sources);
  }
  for (const page of set.pages) checkSources(where(page, `pages/${page.id}`), page.data.sources);

  // Figures: every value's source exists, and every source used keeps the words that support it.
  const figures = new Set(set.figures.map((f) => f.id));
  const checkEvidence = (file: string, field: string, used: string[], evidence: EvidenceData[]) => {
    for (const id of new Set(used)) {
      cited.add(id);
      if (!sources.has(id)) problems.push({ file, field: `${field}.sources`, message: `unknown source "${id}" (no file for it in sources/)` });
      else if (!evidence.some((e) => e.source === id)) {
        problems.push({ file, field: `${field}.evidence`, message: `no quote from "${id}": keep the words of every source used` });
      }
    }
    evidence.forEach((e, k) => {
      if (!used.includes(e.source)) problems.push({ file, field: `${field}.evidence[${k}].source`, message: `"${e.source}" is not one of its sources` });
    });
  };
  for (const figure of set.figures) {
    const file = where(figure, `data/${figure.id}`);
    const d = figure.data;
    if (d.chart === 'timeline') {
      d.events.forEach((e, i) => checkEvidence(file, `events[${i}]`, e.sources, e.evidence));
    } else {
      d.series.forEach((s, i) => {
        const used = s.values.map((_, j) => sourceAt(s, j)).filter((id): id is string => id !== null);
        checkEvidence(file, `series[${i}]`, used, s.evidence);
      });
    }
  }
  for (const r of [...set.explainers, ...set.pages]) {
    for (const id of figureIdsIn(r.body ?? '')) {
      if (!figures.has(id)) problems.push({ file: where(r, r.id), field: 'body', message: `embeds unknown figure "${id}" (no file for it in data/)` });
    }
  }

  // Each explainer and page exists in every locale, and the editions agree on what they cite.
  for (const [kind, records] of [
    ['explainers', set.explainers],
    ['pages', set.pages],
  ] as const) {
    const bySlug = new Map<string, Map<string, Record_<ExplainerData | PageData>>>();
    for (const r of records) {
      const locale = r.id.split('/')[0] ?? '';
      const editions = bySlug.get(r.data.slug) ?? new Map();
      if (editions.has(locale)) {
        problems.push({ file: where(r, `${kind}/${r.id}`), field: 'slug', message: `slug "${r.data.slug}" is used twice in ${locale}/` });
      }
      editions.set(locale, r);
      bySlug.set(r.data.slug, editions);
    }
    for (const [slug, editions] of bySlug) {
      const first = [...editions.values()][0]!;
      for (const locale of LOCALES) {
        if (!editions.has(locale)) {
          problems.push({ file: where(first, `${kind}/${first.id}`), field: 'slug', message: `"${slug}" has no ${locale} edition in ${kind}/${locale}/` });
        }
      }
      const [a, b] = [...editions.values()];
      if (a && b && 'claims' in a.data && 'claims' in b.data && a.data.claims.join() !== b.data.claims.join()) {
        problems.push({ file: where(b, `${kind}/${b.id}`), field: 'claims', message: `differs from ${where(a, a.id)}: both editions must discuss the same claims` });
      }
      if (a && b && figureIdsIn(a.body ?? '').join() !== figureIdsIn(b.body ?? '').join()) {
        problems.push({ file: where(b, `${kind}/${b.id}`), field: 'body', message: `shows other figures than ${where(a, a.id)}: both editions must show the same figures in the same order` });
      }
    }
  }

  for (const s of set.sources) {
    if (!cited.has(s.id)) {
      problems.push({ file: where(s, `sources/${s.id}`), field: '(file)', message: `source "${s.id}" is cited by no claim, explainer, page or figure` });
    }
  }
  return problems;
}

export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function assertContent(set: ContentSet): void {
  const problems = checkContent(set);
  if (problems.length > 0) throw new ContentError(problems);
}

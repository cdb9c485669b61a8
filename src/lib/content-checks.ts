/**
 * Cross-record checks that a per-file schema cannot make: references between collections and
 * the pairing of language editions. Each problem names the file and the field, so an editor can
 * go straight to it. `assertContent` throws them all at once, which fails `astro build`.
 */
import { NOTE_LENGTH, noteLength } from './corrections';
import { LOCALES, localeOfId } from './i18n';
import { figureIdsIn, sourceAt } from './figures/refs';
import { markdownLinks } from './inline-markdown';
import { LINKED_PAGES } from './urls';
import type { RatingId } from './ratings';
import type {
  ClaimData,
  Correction,
  Evidence,
  ExplainerData,
  FigureData,
  PageData,
  PersonData,
  SourceData,
} from './schemas';

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
 * The Markdown of an MDX body, without what is not prose: fenced code, MDX comments and the tags
 * of components such as <Figure id="…" /> or <TableScroll label="…"> (the text they wrap stays).
 * An attribute may hold a `>` in quotes or braces, so tags are matched attribute by attribute.
 */
export function mdxMarkdown(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s+(?:[^\s"'{}>/]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?))*\s*\/?>/g, '');
}

/** The levels of an MDX body's headings in order (2 for `##`, 3 for `###`), outside code and components. */
export function mdxHeadingLevels(body: string): number[] {
  return [...mdxMarkdown(body).matchAll(/^(#{2,6}) \S/gm)].map((m) => m[1]!.length);
}

/** The addresses of the external links in an MDX body (Markdown `[text](https://…)`). */
export function mdxExternalLinks(body: string): string[] {
  return markdownLinks(mdxMarkdown(body)).filter((href) => /^https?:/.test(href));
}

/**
 * Summaries are published as ClaimReview `claimReviewed`; Google asks for under 75 characters.
 * A summary must be shorter than its limit (Chinese packs more into each character).
 */
export const SUMMARY_LIMIT = { en: 75, zh: 40 } as const;

export function summaryTooLong(text: string, limit: number): boolean {
  return [...text].length >= limit;
}

/**
 * A date a record carries after its first one (a correction's, or `updated`): not before that
 * first date, and not after today.
 */
function checkDateSpan(
  file: string,
  field: string,
  date: string | undefined,
  record: { first: string; firstField: string },
  today: string,
): ContentProblem[] {
  if (!date) return [];
  if (date < record.first)
    return [{ file, field, message: `${date} is before the record's ${record.firstField} date ${record.first}` }];
  if (date > today) return [{ file, field, message: `${date} is after today (${today})` }];
  return [];
}

/**
 * A record's corrections: real dates between its first publication and today, newest first,
 * notes of a readable length in both languages, and a rating chain that holds together (each
 * rating change names the rating it replaced, which must differ from the one that replaced it).
 * `rating` is the record's current rating; records without one cannot change rating.
 */
export function checkCorrections(
  file: string,
  record: { first: string; firstField: string; rating?: RatingId; corrections: Correction[] },
  today: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let after = record.rating;
  record.corrections.forEach((c, i) => {
    const field = `corrections[${i}]`;
    problems.push(...checkDateSpan(file, `${field}.date`, c.date, record, today));
    const newer = record.corrections[i - 1];
    if (newer && c.date > newer.date) {
      problems.push({
        file,
        field: `${field}.date`,
        message: `${c.date} is newer than corrections[${i - 1}] (${newer.date}): list corrections newest first`,
      });
    }
    for (const locale of LOCALES) {
      const length = noteLength(c.note[locale], locale);
      const { min, max } = NOTE_LENGTH[locale];
      if (length < min || length > max) {
        const unit = locale === 'en' ? 'words' : 'characters';
        problems.push({
          file,
          field: `${field}.note.${locale}`,
          message: `${length} ${unit}; a note says what was wrong and what the page says now in ${min}-${max} ${unit}`,
        });
      }
    }
    if (c.kind === 'rating-change') {
      if (!after) {
        problems.push({ file, field: `${field}.kind`, message: 'only a claim has a rating to change' });
      } else if (!c.previousRating) {
        problems.push({
          file,
          field: `${field}.previousRating`,
          message: 'a rating-change must name the previous rating',
        });
      } else if (c.previousRating === after) {
        problems.push({
          file,
          field: `${field}.previousRating`,
          message: `"${c.previousRating}" is the rating it changed to; name the rating it replaced`,
        });
      } else {
        after = c.previousRating;
      }
    } else if (c.previousRating) {
      problems.push({
        file,
        field: `${field}.previousRating`,
        message: `only a rating-change has a previous rating (this entry is a ${c.kind})`,
      });
    }
  });
  return problems;
}

/** Today's date in UTC, the latest a correction may carry. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

export function checkContent(set: ContentSet, today: string = todayIso()): ContentProblem[] {
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
          problems.push({
            file,
            field: `explanation.${locale}`,
            message: `links to ${href}, which is not one of its sources`,
          });
        }
      }
    }
    problems.push(...checkDateSpan(file, 'updated', d.updated, { first: d.reviewed, firstField: 'reviewed' }, today));
    problems.push(
      ...checkCorrections(
        file,
        { first: d.reviewed, firstField: 'reviewed', rating: d.rating, corrections: d.corrections },
        today,
      ),
    );
    // A table row cites the claim's own sources, and has one cell per column.
    if (d.table) {
      const width = d.table.columns.length;
      d.table.rows.forEach((row, r) => {
        if (row.cells.length !== width) {
          problems.push({
            file,
            field: `table.rows[${r}].cells`,
            message: `${row.cells.length} cells for ${width} columns`,
          });
        }
        row.sources.forEach((id, i) => {
          if (!d.sources.includes(id)) {
            problems.push({
              file,
              field: `table.rows[${r}].sources[${i}]`,
              message: `"${id}" is not one of the claim's sources`,
            });
          }
        });
      });
    }
    // Evidence quotes the claim's own sources, so a reader finds the document on the same page.
    if (d.evidence.length === 0) {
      problems.push({
        file,
        field: 'evidence',
        message: "a claim needs at least one evidence quote: the source's exact words behind the review",
      });
    }
    d.evidence.forEach((e, i) => {
      if (!d.sources.includes(e.source)) {
        problems.push({
          file,
          field: `evidence[${i}].source`,
          message: `"${e.source}" is not one of the claim's sources`,
        });
      }
    });
  }

  // Explainers and pages: their sources exist, their corrections hold, an update follows publication.
  const checkArticle = (file: string, d: ExplainerData | PageData) => {
    checkSources(file, d.sources);
    problems.push(
      ...checkCorrections(file, { first: d.published, firstField: 'published', corrections: d.corrections }, today),
    );
    problems.push(...checkDateSpan(file, 'updated', d.updated, { first: d.published, firstField: 'published' }, today));
  };
  for (const ex of set.explainers) {
    const file = where(ex, `explainers/${ex.id}`);
    ex.data.claims.forEach((id, i) => {
      if (!claims.has(id))
        problems.push({ file, field: `claims[${i}]`, message: `unknown claim "${id}" (no file for it in claims/)` });
    });
    checkArticle(file, ex.data);
    problems.push(
      ...checkDateSpan(file, 'asOf', ex.data.asOf, { first: ex.data.published, firstField: 'published' }, today),
    );
    // A link in an explainer is a citation, as in a claim's explanation: one of its listed sources.
    const listed = new Set(ex.data.sources.map((id) => sources.get(id)?.data.url));
    for (const href of mdxExternalLinks(ex.body ?? '')) {
      if (!listed.has(href))
        problems.push({ file, field: 'body', message: `links to ${href}, which is not one of its sources` });
    }
  }
  for (const page of set.pages) checkArticle(where(page, `pages/${page.id}`), page.data);

  // Figures: every value's source exists, and every source used keeps the words that support it.
  const figures = new Set(set.figures.map((f) => f.id));
  const checkEvidence = (file: string, field: string, used: string[], evidence: Evidence[]) => {
    for (const id of new Set(used)) {
      cited.add(id);
      if (!sources.has(id))
        problems.push({
          file,
          field: `${field}.sources`,
          message: `unknown source "${id}" (no file for it in sources/)`,
        });
      else if (!evidence.some((e) => e.source === id)) {
        problems.push({
          file,
          field: `${field}.evidence`,
          message: `no quote from "${id}": keep the words of every source used`,
        });
      }
    }
    evidence.forEach((e, k) => {
      if (!used.includes(e.source))
        problems.push({
          file,
          field: `${field}.evidence[${k}].source`,
          message: `"${e.source}" is not one of its sources`,
        });
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
      if (!figures.has(id))
        problems.push({
          file: where(r, r.id),
          field: 'body',
          message: `embeds unknown figure "${id}" (no file for it in data/)`,
        });
    }
  }

  // Each explainer and page exists in every locale, and the editions agree on what they cite.
  for (const [kind, records] of [
    ['explainers', set.explainers],
    ['pages', set.pages],
  ] as const) {
    const bySlug = new Map<string, Map<string, Record_<ExplainerData | PageData>>>();
    for (const r of records) {
      const locale = localeOfId(r.id);
      const editions = bySlug.get(r.data.slug) ?? new Map();
      if (editions.has(locale)) {
        problems.push({
          file: where(r, `${kind}/${r.id}`),
          field: 'slug',
          message: `slug "${r.data.slug}" is used twice in ${locale}/`,
        });
      }
      editions.set(locale, r);
      bySlug.set(r.data.slug, editions);
    }
    for (const [slug, editions] of bySlug) {
      const first = [...editions.values()][0]!;
      for (const locale of LOCALES) {
        if (!editions.has(locale)) {
          problems.push({
            file: where(first, `${kind}/${first.id}`),
            field: 'slug',
            message: `"${slug}" has no ${locale} edition in ${kind}/${locale}/`,
          });
        }
      }
      const [a, b] = [...editions.values()];
      if (a && b && 'claims' in a.data && 'claims' in b.data && a.data.claims.join() !== b.data.claims.join()) {
        problems.push({
          file: where(b, `${kind}/${b.id}`),
          field: 'claims',
          message: `differs from ${where(a, a.id)}: both editions must discuss the same claims`,
        });
      }
      if (a && b && kind === 'explainers') {
        const [levelsA, levelsB] = [mdxHeadingLevels(a.body ?? ''), mdxHeadingLevels(b.body ?? '')];
        if (levelsA.join() !== levelsB.join()) {
          const shape = (levels: number[]) => `${levels.length} (${levels.map((n) => '#'.repeat(n)).join(' ')})`;
          problems.push({
            file: where(b, `${kind}/${b.id}`),
            field: 'body',
            message: `has ${shape(levelsB)} headings where ${where(a, a.id)} has ${shape(levelsA)}: both editions must have the same sections`,
          });
        }
        if ('asOf' in a.data && 'asOf' in b.data && a.data.asOf !== b.data.asOf) {
          problems.push({
            file: where(b, `${kind}/${b.id}`),
            field: 'asOf',
            message: `is ${b.data.asOf} where ${where(a, a.id)} says ${a.data.asOf}: both editions are checked as of the same day`,
          });
        }
        const [sourcesA, sourcesB] = [[...a.data.sources].sort(), [...b.data.sources].sort()];
        if (sourcesA.join() !== sourcesB.join()) {
          problems.push({
            file: where(b, `${kind}/${b.id}`),
            field: 'sources',
            message: `differs from ${where(a, a.id)}: both editions must cite the same sources`,
          });
        }
      }
      if (a && b && figureIdsIn(a.body ?? '').join() !== figureIdsIn(b.body ?? '').join()) {
        problems.push({
          file: where(b, `${kind}/${b.id}`),
          field: 'body',
          message: `shows other figures than ${where(a, a.id)}: both editions must show the same figures in the same order`,
        });
      }
    }
  }

  // The header, footer and rating links name these pages by slug: each must exist in every locale.
  for (const slug of Object.values(LINKED_PAGES)) {
    for (const locale of LOCALES) {
      if (!set.pages.some((p) => p.data.slug === slug && localeOfId(p.id) === locale)) {
        problems.push({
          file: `pages/${locale}/${slug}.mdx`,
          field: 'slug',
          message: `no ${locale} page has slug "${slug}", which the site's header, footer or rating links point to`,
        });
      }
    }
  }

  for (const s of set.sources) {
    if (!cited.has(s.id)) {
      problems.push({
        file: where(s, `sources/${s.id}`),
        field: '(file)',
        message: `source "${s.id}" is cited by no claim, explainer, page or figure`,
      });
    }
  }
  return problems;
}

export class ContentError extends Error {
  constructor(public problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

export function assertContent(set: ContentSet, today?: string): void {
  const problems = checkContent(set, today);
  if (problems.length > 0) throw new ContentError(problems);
}

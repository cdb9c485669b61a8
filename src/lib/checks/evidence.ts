/**
 * Rules that keep an evidence quote the words of the source record it names, as far as a machine
 * can tell from the records alone (content/README.md, "Evidence quotes", says the rest):
 * - a `seenAt` copy says what it is, in every language, because readers are shown it;
 * - a quote cut mid-sentence says so with "…" at the cut, so nothing is left out silently;
 * - one passage of a source is quoted in one wording only, since two wordings cannot both be its words.
 */
import { LOCALES } from '../i18n';
import type { Evidence } from '../schemas';
import { fileOf, type CheckContext, type ContentProblem, type ContentSet } from './context';
import { figureSourceUses } from './figures';

/** Scripts with capital letters, where a sentence's start can be seen. */
const CASED_SCRIPT = /^(en|fr|de|es|it|nl|pt)(-|$)/;
const ELLIPSIS = '…';
const OPENERS = `"'“‘(«[`;
const CLOSERS = `"'”’)»]`;

/** Where a quote of a cased language shows no sentence boundary and no "…": 'start', 'end' or both. */
export function unmarkedCuts(quote: string, lang: string): ('start' | 'end')[] {
  if (!CASED_SCRIPT.test(lang)) return [];
  const text = quote.trim();
  const cuts: ('start' | 'end')[] = [];
  const first = [...text].find((ch) => !OPENERS.includes(ch)) ?? '';
  if (first !== ELLIPSIS && !/[\p{Lu}\p{N}]/u.test(first)) cuts.push('start');
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end--;
  const last = text[end - 1] ?? '';
  if (!/[.!?…]/.test(last)) cuts.push('end');
  return cuts;
}

/** Problems with one evidence item, named by its field path (e.g. `evidence[2]`). */
export function evidenceItemProblems(file: string, field: string, e: Evidence): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (e.seenAt) {
    const missing = LOCALES.filter((l) => !e.note?.[l]?.trim());
    if (missing.length > 0)
      problems.push({
        file,
        field: `${field}.note`,
        message: `a seenAt copy needs a note in ${missing.join(' and ')} saying what the copy at ${e.seenAt} is`,
      });
  }
  if (e.form !== 'label') {
    for (const cut of unmarkedCuts(e.quote, e.lang))
      problems.push({
        file,
        field: `${field}.quote`,
        message:
          cut === 'start'
            ? 'starts mid-sentence: begin it with "…", or mark a heading or table line with form: label'
            : 'ends mid-sentence: end it with "…" (or the sentence\'s own full stop), or mark a heading or table line with form: label',
      });
  }
  return problems;
}

/** One quote with where it stands, for comparing quotes of the same source across records. */
export interface PlacedQuote {
  file: string;
  field: string;
  source: string;
  quote: string;
}

/** Quotes compare on their words alone: curly and straight quotes, dashes and spacing differ in copies. */
export function normalizeQuote(quote: string): string {
  return quote.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** The longest run two texts share, with where it stands in each (classic dynamic programming; quotes are short). */
function longestCommonRun(a: string, b: string): { length: number; atA: number; atB: number } {
  let best = { length: 0, atA: 0, atB: 0 };
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > best.length) best = { length: row[j]!, atA: i - row[j]!, atB: j - row[j]! };
      }
    }
    previous = row;
  }
  return best;
}

/** A shared run shorter than this is a common phrase, not a passage. */
export const PASSAGE_MIN = 40;

/**
 * Whether two quotes give one passage in two wordings: they share a long run, and on some side of
 * it both go on, with different words, where neither marks a cut. Two excerpts of one sentence
 * (one ends where the other goes on, or breaks off with "…") are consistent.
 */
export function twoWordings(first: string, second: string): boolean {
  const [a, b] = [normalizeQuote(first), normalizeQuote(second)];
  const run = longestCommonRun(a, b);
  if (run.length < PASSAGE_MIN) return false;
  const [beforeA, beforeB] = [a.slice(0, run.atA).trimEnd(), b.slice(0, run.atB).trimEnd()];
  const [afterA, afterB] = [a.slice(run.atA + run.length).trimStart(), b.slice(run.atB + run.length).trimStart()];
  const endsQuote = (s: string) => s === '' || s.endsWith(ELLIPSIS) || /^["']$/.test(s);
  const startsQuote = (s: string) => s === '' || s.startsWith(ELLIPSIS) || /^["']$/.test(s);
  const beforeClash = !endsQuote(beforeA) && !endsQuote(beforeB);
  const afterClash = !startsQuote(afterA) && !startsQuote(afterB);
  return beforeClash || afterClash;
}

/**
 * For each text, the other texts that share a run of PASSAGE_MIN characters with it: the only
 * ones that can word its passage differently. Found through the runs' opening windows, so the
 * work grows with the quotes, not with their pairs (a large site quotes one source thousands of
 * times, mostly in the same words).
 */
function passageNeighbours(texts: string[]): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (const text of texts)
    for (let at = 0; at + PASSAGE_MIN <= text.length; at++) {
      const window = text.slice(at, at + PASSAGE_MIN);
      holders.set(window, (holders.get(window) ?? new Set()).add(text));
    }
  const neighbours = new Map(texts.map((text) => [text, new Set<string>()]));
  for (const group of holders.values())
    for (const text of group) for (const other of group) if (other !== text) neighbours.get(text)!.add(other);
  return neighbours;
}

/**
 * Every quote of a source that words a passage differently from an earlier quote of that source,
 * reported at the later one and naming the earliest such quote. Quotes in the same words are one
 * wording, so each text is compared once with each text that shares a run with it.
 */
export function passageWordingProblems(quotes: PlacedQuote[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const group of Map.groupBy(quotes, (q) => q.source).values()) {
    const wordings = group.map((q) => normalizeQuote(q.quote));
    const firstAt = new Map<string, number>();
    wordings.forEach((wording, i) => firstAt.has(wording) || firstAt.set(wording, i));
    const neighbours = passageNeighbours([...firstAt.keys()]);
    group.forEach((q, i) => {
      let earliest = i;
      for (const other of neighbours.get(wordings[i]!)!) {
        const at = firstAt.get(other)!;
        if (at < earliest && twoWordings(group[at]!.quote, q.quote)) earliest = at;
      }
      const clash = group[earliest]!;
      if (earliest < i)
        problems.push({
          file: q.file,
          field: `${q.field}.quote`,
          message: `quotes "${q.source}" in other words than ${clash.file} ${clash.field} does for the same passage: one passage, one wording (the source's)`,
        });
    });
  }
  return problems;
}

/** Every evidence quote of the content, with where it stands: claims first, then figures. */
export function placedQuotes(content: ContentSet): (PlacedQuote & { evidence: Evidence })[] {
  const place = (file: string, field: string, evidence: Evidence[]) =>
    evidence.map((e, i) => ({ file, field: `${field}[${i}]`, source: e.source, quote: e.quote, evidence: e }));
  return [
    ...content.claims.flatMap((c) => place(fileOf(c, `claims/${c.id}`), 'evidence', c.data.evidence)),
    ...content.figures.flatMap((f) =>
      figureSourceUses(f.data).flatMap((use) =>
        place(fileOf(f, `data/${f.id}`), `${use.field}.evidence`, use.evidence),
      ),
    ),
  ];
}

export function checkEvidence(content: ContentSet, _ctx: CheckContext): ContentProblem[] {
  const quotes = placedQuotes(content);
  return [
    ...quotes.flatMap((q) => evidenceItemProblems(q.file, q.field, q.evidence)),
    ...passageWordingProblems(quotes),
  ];
}

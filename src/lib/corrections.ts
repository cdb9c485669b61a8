/**
 * Corrections as first-class records: the dates a page shows and publishes, the rating history of
 * a claim, anchors readers and feeds link to, and the site-wide log. All pure functions of the
 * records, so the page, the JSON-LD, the feeds and the log can never disagree.
 */
import type { Locale } from './i18n';
import type { RatingId } from './ratings';
import type { Correction } from './schemas';

/** ISO dates compare as strings; the latest of any number of them (undefined ones skipped). */
export function latestDate(...dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}

/**
 * The date a record last changed, as shown ("Updated") and published (`dateModified`, sitemap,
 * feeds): the latest of when it was first published or reviewed, its `updated` date and its
 * corrections. It is a fact about the content, never the build time.
 */
export function lastModified(record: {
  first: string;
  updated?: string | undefined;
  corrections: Correction[];
}): string {
  return latestDate(record.first, record.updated, ...record.corrections.map((c) => c.date))!;
}

type Dated = { updated?: string | undefined; corrections: Correction[] };

/** When a claim review last changed: reviewed, updated or corrected, whichever is latest. */
export const claimLastModified = (d: Dated & { reviewed: string }) =>
  lastModified({ first: d.reviewed, updated: d.updated, corrections: d.corrections });

/** When an explainer or prose page last changed: published, updated or corrected, whichever is latest. */
export const articleLastModified = (d: Dated & { published: string }) =>
  lastModified({ first: d.published, updated: d.updated, corrections: d.corrections });

/**
 * Fragment id of each correction on its page: `correction-<date>`, with `-2`, `-3`… for further
 * corrections on the same day (counted oldest first, so an id never changes when a newer
 * correction is added above it).
 */
export function correctionAnchors(corrections: Correction[]): string[] {
  const seen = new Map<string, number>();
  const oldestFirst = [...corrections].reverse().map((c) => {
    const n = (seen.get(c.date) ?? 0) + 1;
    seen.set(c.date, n);
    return n === 1 ? `correction-${c.date}` : `correction-${c.date}-${n}`;
  });
  return oldestFirst.reverse();
}

export interface RatingStep {
  rating: RatingId;
  /** The day this rating took effect; undefined for the rating given at first review. */
  since?: string;
}

/**
 * The ratings a claim has had, oldest first, ending with the current one. Each rating change
 * names the rating it replaced, so the chain is read back from the current rating.
 */
export function ratingHistory(current: RatingId, corrections: Correction[]): RatingStep[] {
  const steps: RatingStep[] = [];
  let rating = current;
  for (const c of corrections) {
    if (c.kind !== 'rating-change' || !c.previousRating) continue;
    steps.unshift({ rating, since: c.date });
    rating = c.previousRating;
  }
  steps.unshift({ rating });
  return steps;
}

/** One entry of the site-wide corrections log. */
export interface LogEntry {
  date: string;
  kind: Correction['kind'];
  note: string;
  /** The title of the page that changed, in the log's language. */
  pageTitle: string;
  /** Route of that page (see urls.ts `routes`) and the correction's anchor on it. */
  route: string;
  anchor: string;
  previousRating?: RatingId | undefined;
}

export interface CorrectedRecord {
  title: string;
  route: string;
  corrections: Correction[];
}

/** Every correction on the given records, newest first; ties keep a stable order by page. */
export function correctionsLog(records: CorrectedRecord[], locale: Locale): LogEntry[] {
  const entries = records.flatMap((r) => {
    const anchors = correctionAnchors(r.corrections);
    return r.corrections.map((c, i) => ({
      date: c.date,
      kind: c.kind,
      note: c.note[locale],
      pageTitle: r.title,
      route: r.route,
      anchor: anchors[i]!,
      previousRating: c.previousRating,
    }));
  });
  return entries.sort(
    (a, b) => b.date.localeCompare(a.date) || a.route.localeCompare(b.route) || b.anchor.localeCompare(a.anchor),
  );
}

/** One month of the log, as its page shows it: `month` is YYYY-MM. */
export interface LogMonth {
  month: string;
  entries: LogEntry[];
}

/**
 * The log split by calendar month, newest first, for one page a month: a log page that grew with
 * every correction would outgrow its byte budget, and a month's page keeps a stable address.
 */
export function logByMonth(entries: LogEntry[]): LogMonth[] {
  const months: LogMonth[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}

/**
 * Length of a correction note as an editor would count it: words in English; in Chinese, Han
 * characters plus any Latin words or numbers (about two characters carry one English word).
 */
export function noteLength(text: string, locale: Locale): number {
  if (locale === 'en') return text.split(/\s+/).filter(Boolean).length;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return han + latin;
}

/** About 10–80 words, and the Chinese equivalent. */
export const NOTE_LENGTH: Record<Locale, { min: number; max: number }> = {
  en: { min: 10, max: 80 },
  zh: { min: 15, max: 200 },
};

/**
 * For each correction (same order), the rating change it made, if it is a rating change: from
 * the rating it names to the rating that followed it (the current one for the newest change).
 */
export function ratingTransitions(
  current: RatingId,
  corrections: Correction[],
): ({ from: RatingId; to: RatingId } | undefined)[] {
  let after = current;
  return corrections.map((c) => {
    if (c.kind !== 'rating-change' || !c.previousRating) return undefined;
    const step = { from: c.previousRating, to: after };
    after = c.previousRating;
    return step;
  });
}

/**
 * Zod schemas for every content collection. They live here (plain `astro/zod`, no virtual
 * modules) so unit tests can exercise them directly; `src/content.config.ts` only wires them
 * to loaders. Every object is strict: an unknown key is a typo, and a typo must fail the build.
 */
import { z } from 'astro/zod';
import { LOCALES } from './i18n';
import { RATING_IDS } from './ratings';
import { TOPIC_IDS } from './topics';

/** A calendar date. YAML parsers turn bare dates into Date objects; we keep ISO strings. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' }),
);

/**
 * A publication date at the precision the publisher gives: YYYY-MM-DD, or YYYY-MM / YYYY when
 * the document shows no day. ISO 8601 allows the reduced forms; inventing a day would not be true.
 * Some pages (museum collection pages, reference entries) show no date at all: they say so with
 * the explicit word `undated`, so a forgotten date still fails the build rather than passing as
 * "no date" (citation styles write "n.d.").
 */
export const UNDATED = 'undated';
export const publicationDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.union([z.iso.date(), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/), z.literal(UNDATED)], {
    error: `must be a date written YYYY-MM-DD (or YYYY-MM / YYYY when the publisher gives no day, or "${UNDATED}" when the page shows no date)`,
  }),
);

/** Every outbound address must be absolute https: readers and crawlers follow them. */
export const httpsUrl = z
  .url({ error: 'must be an absolute URL' })
  .refine((u) => u.startsWith('https://'), { error: 'must start with https://' });

const text = z.string().trim().min(1, { error: 'must not be empty' });

/** One string per site locale; both are required so the two editions never drift apart. */
export const localized = z.strictObject(
  Object.fromEntries(LOCALES.map((l) => [l, text])) as Record<(typeof LOCALES)[number], typeof text>,
);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lower-case slug (a-z, 0-9, -)' });

const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a BCP 47 tag such as en or zh-Hans' });

/**
 * What a published fix was. A correction fixes a fact; a clarification makes a true text
 * clearer; a rating change moves the verdict (and names the rating it replaced); an update adds
 * later facts. Dates, order and the rating chain are checked across records in content-checks.ts.
 */
export const CORRECTION_KINDS = ['correction', 'clarification', 'rating-change', 'update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const correctionSchema = z.strictObject({
  date: isoDate,
  kind: z.enum(CORRECTION_KINDS, { error: `must be one of: ${CORRECTION_KINDS.join(', ')}` }),
  /** What was wrong and what the page says now, in both languages. */
  note: localized,
  /** Only on a rating change: the rating the record had before this change. */
  previousRating: z.enum(RATING_IDS, { error: `must be one of: ${RATING_IDS.join(', ')}` }).optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** Newest first; absent means the record has never been corrected. */
const corrections = z.array(correctionSchema).default([]);

/** Long enough to find the passage again, short enough to stay a quotation, not a copy. */
export const EVIDENCE_QUOTE_MAX = 320;

/**
 * The exact words of a source that support what the review says, so a reader or the next
 * reviewer can re-check a figure in seconds. The rule: a quote is the words of the source record
 * it names, never a report's words about that document (a report is a source record of its own).
 * Words left out are marked "…", also at the start or end of a quote cut mid-sentence.
 * - `via: translation` marks a quotation of the column's Chinese translation, the text this site
 *   is built from, when the original could not be read.
 * - `seenAt` is only for a copy that reproduces the document word for word (a syndication, an
 *   archive, a mirror) when the source's own address could not be read; its `note` must say what
 *   the copy is, in both languages, because readers are shown it.
 * - `form: label` marks words that are not a sentence (a heading, a table row, an infobox line),
 *   so the sentence-boundary check in checks/evidence.ts does not ask them for "…".
 */
export const evidenceSchema = z.strictObject({
  source: id,
  lang: languageTag,
  quote: text.max(EVIDENCE_QUOTE_MAX, { error: `must be at most ${EVIDENCE_QUOTE_MAX} characters: quote briefly` }),
  via: z.literal('translation', { error: 'may only be "translation"' }).optional(),
  seenAt: httpsUrl.optional(),
  form: z.literal('label', { error: 'may only be "label" (a heading, table row or infobox line)' }).optional(),
  /** Shown to readers under the quote: what the copy at `seenAt` is, or where in the source the words are. */
  note: localized.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const personSchema = z.strictObject({
  kind: z.enum(['person', 'organization']),
  name: localized,
  role: localized,
  sameAs: z.array(httpsUrl).default([]),
});

export const sourceSchema = z.strictObject({
  publisher: text,
  title: text,
  author: text.optional(),
  date: publicationDate,
  url: httpsUrl,
  language: languageTag,
  archiveUrl: httpsUrl.optional(),
  /** Primary: the rule, filing, paper or post itself. Secondary: reporting or analysis of it. */
  kind: z.enum(['primary', 'secondary']),
});

/**
 * A small data table on a claim page (say, engine figures side by side), kept as data rather
 * than Markdown so every cell is escaped, both languages stay aligned, and each row names the
 * sources behind it (checked against the claim's own sources in content-checks.ts). A cell is
 * one string for both languages (a figure, a model name) or one string per locale.
 */
const tableCell = z.union([text, localized]);
export type TableCell = z.infer<typeof tableCell>;
export const claimTableSchema = z.strictObject({
  caption: localized,
  columns: z.array(localized).min(2, { error: 'a table needs at least two columns' }),
  rows: z
    .array(
      z.strictObject({
        cells: z.array(tableCell).min(1, { error: 'a row needs cells' }),
        sources: z.array(id).min(1, { error: 'each row must name at least one source' }),
      }),
    )
    .min(1, { error: 'a table needs at least one row' }),
  /** How the figures were read or computed, shown under the table. */
  note: localized.optional(),
});
export type ClaimTable = z.infer<typeof claimTableSchema>;

export const claimSchema = z.strictObject({
  statement: localized,
  summary: localized,
  speaker: id,
  appearance: z.strictObject({
    url: httpsUrl,
    date: isoDate,
    medium: localized,
  }),
  rating: z.enum(RATING_IDS, { error: `must be one of: ${RATING_IDS.join(', ')}` }),
  verdict: localized,
  explanation: localized,
  /** Optional: figures that are clearer side by side than in prose (shown after the explanation). */
  table: claimTableSchema.optional(),
  sources: z.array(id).min(1, { error: 'must list at least one source' }),
  topics: z.array(z.enum(TOPIC_IDS)).min(1, { error: 'must list at least one topic' }),
  /** The source words behind the review; at least one per claim (checked in content-checks.ts). */
  evidence: z.array(evidenceSchema).default([]),
  reviewed: isoDate,
  updated: isoDate.optional(),
  corrections,
});

export const explainerSchema = z.strictObject({
  /** Shared by the English and Chinese editions: it pairs them and is the URL slug. */
  slug: id,
  title: text,
  description: text,
  published: isoDate,
  updated: isoDate.optional(),
  /**
   * The last day the text was checked against the public record. The story is live, so each
   * explainer says how current it is; bringing it up to date is an `update` correction entry.
   */
  asOf: isoDate,
  topic: z.enum(TOPIC_IDS),
  claims: z.array(id).default([]),
  sources: z.array(id).min(1, { error: 'must list at least one source' }),
  corrections,
});

export type PersonData = z.infer<typeof personSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type ClaimData = z.infer<typeof claimSchema>;
export type ExplainerData = z.infer<typeof explainerSchema>;

/** Stand-alone pages written in prose (about, methodology, the source text), one file per locale. */
export const pageSchema = z.strictObject({
  slug: id,
  title: text,
  description: text,
  published: isoDate,
  updated: isoDate,
  sources: z.array(id).default([]),
  corrections,
});
export type PageData = z.infer<typeof pageSchema>;

/*
 * Figures: data files in content/data/, drawn at build time (src/lib/figures, src/components/figures).
 * A number on a fact-check site is only as good as its source, so every value names a source and
 * every source used keeps the exact words that support it (`evidence`, the same record claims
 * use), for anyone to re-check.
 */

const nonNegative = z
  .number()
  .nonnegative({ error: 'must not be negative: figures show counts and shares, which start at zero' });

/** A value as the source states it: a number, a rounded one ("about", "more than"), or null where none is confirmed. */
export const figureValueSchema = z.union([
  nonNegative,
  z.strictObject({ value: nonNegative, qualifier: z.enum(['about', 'more-than', 'unverified']) }),
  z.null(),
]);

const figureCategory = z.strictObject({
  id,
  label: localized,
  /** At the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD); categories with dates must be in order. */
  date: publicationDate.optional(),
  /** A line of text drawn under this category's bars, e.g. what a total comes to in dollars. */
  annotation: localized.optional(),
});

const figureSeries = z.strictObject({
  id,
  label: localized,
  /** Bar charts with `bars`: the bar this series is stacked in. */
  bar: id.optional(),
  /** A stated total of its bar: the other series in the bar are parts of it, the rest is drawn hatched. */
  total: z.boolean().default(false),
  /** Colour 1-7 (--fig-1 ... --fig-7 in global.css) and fill pattern, so series differ by more than colour. */
  colour: z.number().int().min(1).max(7).optional(),
  pattern: z.enum(['solid', 'hatch', 'dots']).default('solid'),
  /** One per category, in the categories' order; null where no value is confirmed. */
  values: z.array(figureValueSchema).min(1),
  /** One source id per value (null for a null value), or a single id for all of them. */
  sources: z.array(id.nullable()).min(1),
  evidence: z.array(evidenceSchema).min(1, { error: 'quote the words of each source that support the values' }),
});

const figureFrame = {
  title: localized,
  /** The SVG's <desc>: what the figure shows, in a sentence or three, for readers who cannot see it. */
  description: localized,
  /** Caveats, and what is left out because it could not be confirmed. */
  note: localized.optional(),
};

const chartFigure = {
  ...figureFrame,
  unit: localized,
  /** Heads the data table's first column: what the categories are (year, model, region...). */
  categoryHeading: localized,
  valueStyle: z.enum(['number', 'percent']).default('number'),
  /** Significant digits in chart labels (the table always gives the value as stated). */
  labelDigits: z.number().int().min(1).max(6).default(3),
  categories: z.array(figureCategory).min(1),
  series: z.array(figureSeries).min(1),
};

/**
 * What kind of step an event is. `rescission` is shown as "Rescission announced": the only one so
 * far, the AI diffusion rule's in May 2025, was announced and not enforced but never formalised; a
 * rule that formally rescinds another is a `rule`.
 */
export const EVENT_KINDS = [
  'rule',
  'entity-listing',
  'licence-decision',
  'rescission',
  'deal',
  'enforcement',
  'china',
] as const;

const timelineEvent = z.strictObject({
  date: publicationDate,
  kind: z.enum(EVENT_KINDS, { error: `must be one of: ${EVENT_KINDS.join(', ')}` }),
  text: localized,
  sources: z.array(id).min(1, { error: 'an event needs at least one source' }),
  evidence: z.array(evidenceSchema).min(1, { error: 'quote the words of each source that support the event' }),
});

export const figureSchema = z
  .discriminatedUnion('chart', [
    z.strictObject({
      chart: z.literal('bar'),
      ...chartFigure,
      bars: z.array(z.strictObject({ id, label: localized })).optional(),
    }),
    z.strictObject({ chart: z.literal('line'), ...chartFigure }),
    z.strictObject({ chart: z.literal('timeline'), ...figureFrame, events: z.array(timelineEvent).min(1) }),
  ])
  .superRefine((figure, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const inOrder = (dates: (string | undefined)[], where: (i: number) => (string | number)[]) => {
      let previous: string | undefined;
      dates.forEach((date, i) => {
        if (date === undefined) return;
        // ISO dates of any precision sort as text: 2023 < 2023-05 < 2023-05-01 < 2024.
        if (previous !== undefined && date < previous)
          issue(where(i), `${date} is before ${previous}: keep entries in date order`);
        previous = date;
      });
    };
    const unique = (ids: string[], where: (i: number) => (string | number)[]) =>
      ids.forEach((v, i) => ids.indexOf(v) !== i && issue(where(i), `id "${v}" is used twice`));

    if (figure.chart === 'timeline') {
      inOrder(
        figure.events.map((e) => e.date),
        (i) => ['events', i, 'date'],
      );
      return;
    }
    const { categories, series } = figure;
    unique(
      categories.map((c) => c.id),
      (i) => ['categories', i, 'id'],
    );
    unique(
      series.map((s) => s.id),
      (i) => ['series', i, 'id'],
    );
    inOrder(
      categories.map((c) => c.date),
      (i) => ['categories', i, 'date'],
    );
    if (figure.chart === 'line') {
      categories.forEach(
        (c, i) =>
          c.date === undefined && issue(['categories', i, 'date'], 'a line chart needs a date for every category'),
      );
    }
    const bars = figure.chart === 'bar' ? figure.bars : undefined;
    series.forEach((s, i) => {
      if (s.values.length !== categories.length) {
        issue(
          ['series', i, 'values'],
          `has ${s.values.length} values for ${categories.length} categories: give one per category (null where none is confirmed)`,
        );
      }
      if (s.sources.length !== 1 && s.sources.length !== s.values.length) {
        issue(
          ['series', i, 'sources'],
          `has ${s.sources.length} sources for ${s.values.length} values: give one per value, or one for all`,
        );
      }
      s.values.forEach((v, j) => {
        const source = s.sources.length === 1 ? s.sources[0] : s.sources[j];
        if (v !== null && !source) issue(['series', i, 'sources', j], 'a value needs a source');
      });
      if (bars && !bars.some((b) => b.id === s.bar))
        issue(['series', i, 'bar'], `must name one of the bars: ${bars.map((b) => b.id).join(', ')}`);
      if (!bars && s.bar !== undefined)
        issue(['series', i, 'bar'], 'only a bar chart with `bars` can put series in different bars');
      if (s.total && series.some((t, k) => k < i && t.total && t.bar === s.bar))
        issue(['series', i, 'total'], 'a bar can have only one total');
    });
  });

export type FigureValue = z.infer<typeof figureValueSchema>;
export type FigureData = z.infer<typeof figureSchema>;
export type ChartFigureData = Extract<FigureData, { chart: 'bar' | 'line' }>;
export type TimelineFigureData = Extract<FigureData, { chart: 'timeline' }>;
export type EventKind = (typeof EVENT_KINDS)[number];

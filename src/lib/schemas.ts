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

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a BCP 47 tag such as en or zh-Hans' });

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
 * reviewer can re-check a figure in seconds. `via: translation` marks a quotation of the column's
 * Chinese translation, the text this site is built from, when the original could not be read.
 * `seenAt` says where the words were read when that was a verbatim copy (a syndicated or archived
 * copy), not the source's own address: the reader is told, not left to assume.
 */
export const evidenceSchema = z.strictObject({
  source: id,
  lang: languageTag,
  quote: text.max(EVIDENCE_QUOTE_MAX, { error: `must be at most ${EVIDENCE_QUOTE_MAX} characters: quote briefly` }),
  via: z.literal('translation', { error: 'may only be "translation"' }).optional(),
  seenAt: httpsUrl.optional(),
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

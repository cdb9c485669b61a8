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
 */
export const publicationDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.union([z.iso.date(), z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)], {
    error: 'must be a date written YYYY-MM-DD (or YYYY-MM / YYYY when the publisher gives no day)',
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
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'must be a BCP 47 tag such as en or zh-Hans' }),
  archiveUrl: httpsUrl.optional(),
  /** Primary: the rule, filing, paper or post itself. Secondary: reporting or analysis of it. */
  kind: z.enum(['primary', 'secondary']),
});

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
  sources: z.array(id).min(1, { error: 'must list at least one source' }),
  topics: z.array(z.enum(TOPIC_IDS)).min(1, { error: 'must list at least one topic' }),
  reviewed: isoDate,
  updated: isoDate.optional(),
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
  updated: isoDate,
  sources: z.array(id).default([]),
});
export type PageData = z.infer<typeof pageSchema>;

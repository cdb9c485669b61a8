/**
 * Editorial rules for the real content/ folder, beyond what the schemas enforce at build time:
 * the size of each review, the pairing of the two editions, well-formed addresses and no
 * placeholder text anywhere.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-checks';
import { mdxExternalLinks, mdxToText } from '../../src/lib/mdx-text';
import { localeOfId } from '../../src/lib/i18n';
import {
  claimSchema,
  explainerSchema,
  figureSchema,
  pageSchema,
  personSchema,
  sourceSchema,
} from '../../src/lib/schemas';
import { englishWords, hanChars, readMdxFolder, readYamlFolder } from '../support/content-files';

const claims = readYamlFolder('claims');
const people = readYamlFolder('people');
const sources = readYamlFolder('sources');
const explainers = readMdxFolder('explainers');
const pages = readMdxFolder('pages');
const figures = readYamlFolder('data');
// The content as the build sees it, checked by the same function the build runs (content-checks.ts).
const problems = checkContent({
  claims: claims.map((c) => ({ id: c.id, filePath: c.file, data: claimSchema.parse(c.data) })),
  people: people.map((p) => ({ id: p.id, filePath: p.file, data: personSchema.parse(p.data) })),
  sources: sources.map((s) => ({ id: s.id, filePath: s.file, data: sourceSchema.parse(s.data) })),
  explainers: explainers.map((e) => ({
    id: e.id,
    filePath: e.file,
    data: explainerSchema.parse(e.data),
    body: e.body,
  })),
  pages: pages.map((p) => ({ id: p.id, filePath: p.file, data: pageSchema.parse(p.data), body: p.body })),
  figures: figures.map((f) => ({ id: f.id, filePath: f.file, data: figureSchema.parse(f.data) })),
});
const explainerProblems = (fields: string[]) =>
  problems.filter((p) => p.file.startsWith('explainers/') && fields.includes(p.field)).map(formatProblem);

describe('the content folder', () => {
  it('passes every schema and every cross-record check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('quotes every source of a claim that has been corrected (the re-checked reviews), and at least one of every other', () => {
    const gaps: string[] = [];
    for (const c of claims) {
      const quoted = new Set((c.data.evidence ?? []).map((e: { source: string }) => e.source));
      if (quoted.size === 0) gaps.push(`${c.file}: no evidence quote`);
      if ((c.data.corrections ?? []).length === 0) continue;
      for (const id of c.data.sources as string[])
        if (!quoted.has(id)) gaps.push(`${c.file}: corrected, but no quote from ${id}`);
    }
    expect(gaps).toEqual([]);
  });

  it('keeps each evidence quote short enough to be a quotation', () => {
    for (const c of claims)
      for (const e of c.data.evidence ?? [])
        expect([...e.quote].length, `${c.file} ${e.source}`).toBeLessThanOrEqual(320);
  });

  it('reviews at least 25 claims', () => {
    expect(claims.length).toBeGreaterThanOrEqual(25);
  });

  it.each(claims.map((c) => [c.id, c] as const))(
    'claim %s: explanation is 80-250 words (and a matching Chinese length)',
    (_, c) => {
      const en = englishWords(mdxToText(c.data.explanation.en));
      const zh = hanChars(mdxToText(c.data.explanation.zh));
      expect(en, `${c.file} explanation.en`).toBeGreaterThanOrEqual(80);
      expect(en, `${c.file} explanation.en`).toBeLessThanOrEqual(250);
      // Chinese runs about 1.5-2.5 characters per English word.
      expect(zh, `${c.file} explanation.zh`).toBeGreaterThanOrEqual(100);
      expect(zh, `${c.file} explanation.zh`).toBeLessThanOrEqual(750);
    },
  );

  it('gives every speaker at least one sameAs link', () => {
    for (const p of people) expect(p.data.sameAs?.length ?? 0, p.file).toBeGreaterThan(0);
  });

  it('pairs each explainer with the same slug, headings, claims and sources in both languages', () => {
    const bySlug = new Map<string, typeof explainers>();
    for (const e of explainers) bySlug.set(e.data.slug, [...(bySlug.get(e.data.slug) ?? []), e]);
    expect(bySlug.size).toBeGreaterThan(0);
    for (const [slug, editions] of bySlug) {
      expect(editions.map((e) => localeOfId(e.id)).sort(), slug).toEqual(['en', 'zh']);
      expect(editions[0]!.data.claims.length, `${slug}: claims`).toBeGreaterThan(0);
    }
    expect(explainerProblems(['slug', 'body', 'claims', 'sources'])).toEqual([]);
  });

  it('keeps each English explainer between 1,200 and 2,000 words', () => {
    for (const e of explainers.filter((x) => x.id.startsWith('en/'))) {
      const words = englishWords(mdxToText(e.body));
      expect(words, e.file).toBeGreaterThanOrEqual(1200);
      expect(words, e.file).toBeLessThanOrEqual(2000);
    }
  });

  it('cites in an explainer only sources it lists', () => {
    expect(explainers.flatMap((e) => mdxExternalLinks(e.body)).length, 'links found in the explainers').toBeGreaterThan(
      0,
    );
    expect(explainerProblems(['body']).filter((p) => p.includes('links to'))).toEqual([]);
  });

  it('writes every address as a well-formed https URL', () => {
    for (const f of [...claims, ...people, ...sources, ...explainers, ...pages, ...figures]) {
      for (const [url] of f.raw.matchAll(/\bhttps?:\/\/[^\s)"'>\]]+/g)) {
        expect(url.startsWith('https://'), `${f.file}: ${url}`).toBe(true);
        expect(() => new URL(url), `${f.file}: ${url}`).not.toThrow();
        expect(new URL(url).hostname, `${f.file}: ${url}`).toMatch(/\.[a-z]{2,}$/);
      }
    }
  });

  it('contains no placeholder text', () => {
    for (const f of [...claims, ...people, ...sources, ...explainers, ...pages, ...figures]) {
      expect(f.raw, f.file).not.toMatch(/\b(TODO|TBD|XXX|FIXME|lorem ipsum)\b|\blorem\b/i);
    }
  });
});

/**
 * Bad input must stop the build with a message naming the file and the field. Each case copies
 * the valid fixture folder, breaks one thing, and runs a real `astro build` on it.
 */
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { astroBuild } from '../support/astro-build';
import { ROOT, TMP } from '../support/paths';

const FIXTURE = resolve(ROOT, 'tests/fixtures/valid');
const CLAIM = 'claims/test-claim.yaml';
const FIGURE = 'data/test-figure.yaml';
const work = resolve(TMP, 'bad-records');

type Yaml = Record<string, any>;

function buildWith(name: string, mutate: (record: Yaml) => void, record = CLAIM) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, record);
  const data = parse(readFileSync(file, 'utf8')) as Yaml;
  mutate(data);
  writeFileSync(file, stringify(data));
  return astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
}

/** Builds a copy of the fixture after `change` has edited its files (a whole file, not one record). */
function buildChanged(name: string, change: (dir: string) => void) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

const note = {
  en: 'We gave the wrong year for the rule; it was 2022, and the page now says so.',
  zh: '我们把规则年份写错了，实为 2022 年，页面现已更正。',
};
const fix = (date: string, kind = 'correction', previousRating?: string) => ({
  date,
  kind,
  note,
  ...(previousRating && { previousRating }),
});

describe('astro build on fixture content', () => {
  it('builds the valid fixture', () => {
    const dir = join(work, 'valid');
    cpSync(FIXTURE, dir, { recursive: true });
    const result = astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
    expect(result.status, result.output).toBe(0);
  });

  it.each([
    ['missing rating', (c: Record<string, unknown>) => delete c.rating, 'rating'],
    ['rating off the scale', (c: Record<string, unknown>) => (c.rating = 'pants-on-fire'), 'rating'],
    ['unknown speaker', (c: Record<string, unknown>) => (c.speaker = 'nobody-at-all'), 'speaker'],
    ['unknown source', (c: Record<string, unknown>) => (c.sources = ['test-source', 'no-such-source']), 'sources[1]'],
    ['no sources', (c: Record<string, unknown>) => (c.sources = []), 'sources'],
    ['bad date', (c: Record<string, unknown>) => (c.reviewed = '2026-02-30'), 'reviewed'],
    ['unknown key', (c: Record<string, unknown>) => (c.ratng = 'accurate'), 'ratng'],
    [
      'correction dated after today',
      (c: Record<string, unknown>) => (c.corrections = [fix('2999-01-01')]),
      'corrections[0].date',
    ],
    [
      'correction dated before the review',
      (c: Record<string, unknown>) => (c.corrections = [fix('2020-01-01')]),
      'corrections[0].date',
    ],
    [
      'rating change without the previous rating',
      (c: Record<string, unknown>) => (c.corrections = [fix('2026-11-29', 'rating-change')]),
      'corrections[0].previousRating',
    ],
    [
      'previous rating on a clarification',
      (c: Record<string, unknown>) => (c.corrections = [fix('2026-11-29', 'clarification', 'accurate')]),
      'corrections[0].previousRating',
    ],
    [
      'corrections listed oldest first',
      (c: Record<string, unknown>) => (c.corrections = [fix('2026-11-28'), fix('2026-11-29')]),
      'corrections[1].date',
    ],
    ['no evidence quote', (c: Record<string, unknown>) => (c.evidence = []), 'evidence'],
    [
      'evidence from a source it does not list',
      (c: Record<string, unknown>) => (c.evidence = [{ source: 'other-source', lang: 'en', quote: 'Words.' }]),
      'evidence[0].source',
    ],
    [
      'a summary character the card font lacks',
      (c: Record<string, unknown>) => (c.summary = { en: 'The 𓀀 hieroglyph claim', zh: '构建测试用的说法' }),
      'summary.en',
    ],
  ])('fails on a claim with %s, naming the file and the field', (name, mutate, field) => {
    const result = buildWith(name.replace(/\W+/g, '-'), mutate);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(CLAIM);
    expect(result.output).toContain(field);
  });

  // The other figure rules (negative counts, date order, evidence for every source...) are unit
  // tests of the same schema and checks; these prove a bad data file stops a real build by name.
  it.each([
    [
      'an unknown source',
      (f: Yaml) => ((f.series[0].sources = ['no-such-source']), (f.series[0].evidence[0].source = 'no-such-source')),
      'series[0].sources',
    ],
    ['a series of unequal length', (f: Yaml) => f.series[1].values.pop(), 'series.1.values'],
    ['a label missing in Chinese', (f: Yaml) => delete f.series[0].label.zh, 'series.0.label.zh'],
  ])('fails on a figure with %s, naming the file and the field', (name, mutate, field) => {
    const result = buildWith(`figure-${name.replace(/\W+/g, '-')}`, mutate, FIGURE);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(FIGURE);
    expect(result.output).toContain(field);
  });

  it.each([
    ['zh', 'methodology'],
    ['en', 'source-text'],
  ])('fails when the %s %s page, which the header or footer links to, is missing', (locale, slug) => {
    const result = buildChanged(`missing-${locale}-${slug}`, (dir) =>
      rmSync(join(dir, 'pages', locale, `${slug}.mdx`)),
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`pages/${locale}/${slug}.mdx: slug: no ${locale} page has slug "${slug}"`);
  });

  it('fails on an explainer that links to an address it does not list as a source, naming the file', () => {
    const EXPLAINER = 'explainers/zh/test-explainer.mdx';
    const result = buildChanged('explainer-unlisted-link', (dir) =>
      appendFileSync(join(dir, EXPLAINER), '\nSee [elsewhere](https://example.org/not-a-source).\n'),
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      `${EXPLAINER}: body: links to https://example.org/not-a-source, which is not one of its sources`,
    );
  });

  it('names the character the card font lacks, and the font, instead of drawing an empty box', () => {
    const result = buildWith(
      'missing-glyph-zh',
      (c) => (c.summary = { en: 'A fixture claim', zh: '构建测试用的说法𓀀' }),
    );
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`${CLAIM}: summary.zh:`);
    expect(result.output).toContain('"𓀀" (U+13000)');
    expect(result.output).toContain('Noto Sans SC Bold');
  });
});

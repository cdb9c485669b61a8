/**
 * Bad input must stop a real `astro build` with a message naming the file and the field. Each
 * fixture build costs seconds, so there are three, one per stage that can stop the build:
 * - the schema (Astro's zod report, which stops at the first bad record);
 * - the cross-record checks, which report every problem at once, so one fixture carries many
 *   broken records and every file:field message is asserted;
 * - the share cards' glyph check.
 * The rules themselves are unit tests (tests/unit/schemas.test.ts, tests/unit/checks/*.test.ts,
 * tests/unit/figures.test.ts); these prove that a broken file reaches the build and is named.
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
const EXPLAINER = 'explainers/zh/test-explainer.mdx';
const work = resolve(TMP, 'bad-records');

type Yaml = Record<string, any>;

const readYaml = (file: string) => parse(readFileSync(file, 'utf8')) as Yaml;

/** Copies the valid fixture, lets `change` break it, and builds it. */
function buildChanged(name: string, change: (dir: string) => void) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
}

/** Writes a copy of the fixture claim as `claims/<name>.yaml`, after `mutate` has edited it. */
function writeClaim(dir: string, name: string, mutate: (claim: Yaml) => void) {
  const claim = readYaml(join(dir, CLAIM));
  mutate(claim);
  writeFileSync(join(dir, `claims/${name}.yaml`), stringify(claim));
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

/** Broken claims for the cross-record build: file name, the break, and the `field: message` start expected. */
const BROKEN_CLAIMS: [string, (c: Yaml) => unknown, string][] = [
  ['unknown-speaker', (c) => (c.speaker = 'nobody-at-all'), 'speaker: unknown speaker "nobody-at-all"'],
  [
    'unknown-source',
    (c) => (c.sources = ['test-source', 'no-such-source']),
    'sources[1]: unknown source "no-such-source"',
  ],
  ['correction-after-today', (c) => (c.corrections = [fix('2999-01-01')]), 'corrections[0].date: 2999-01-01 is after'],
  [
    'correction-before-review',
    (c) => (c.corrections = [fix('2020-01-01')]),
    'corrections[0].date: 2020-01-01 is before',
  ],
  [
    'rating-change-without-previous',
    (c) => (c.corrections = [fix('2026-11-29', 'rating-change')]),
    'corrections[0].previousRating: a rating-change must name',
  ],
  [
    'previous-rating-on-clarification',
    (c) => (c.corrections = [fix('2026-11-29', 'clarification', 'accurate')]),
    'corrections[0].previousRating: only a rating-change',
  ],
  [
    'corrections-oldest-first',
    (c) => (c.corrections = [fix('2026-11-28'), fix('2026-11-29')]),
    'corrections[1].date: 2026-11-29 is newer',
  ],
  ['no-evidence', (c) => (c.evidence = []), 'evidence: a claim needs at least one evidence quote'],
  [
    'evidence-from-unlisted-source',
    (c) => (c.evidence = [{ source: 'other-source', lang: 'en', quote: 'Words.' }]),
    'evidence[0].source: "other-source" is not one of',
  ],
];

describe('astro build on broken fixture content', () => {
  it('stops at a schema error, naming the file and every bad field of the record', () => {
    const result = buildChanged('schema', (dir) => {
      const claim = readYaml(join(dir, CLAIM));
      delete claim.rating;
      claim.ratng = 'accurate';
      claim.reviewed = '2026-02-30';
      writeFileSync(join(dir, CLAIM), stringify(claim));
    });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(CLAIM);
    for (const field of ['rating', 'ratng', 'reviewed']) expect(result.output).toMatch(new RegExp(`\\b${field}\\b`));
  });

  it('reports every broken record at once, each by file and field', () => {
    const result = buildChanged('cross-record', (dir) => {
      for (const [name, mutate] of BROKEN_CLAIMS) writeClaim(dir, name, mutate);
      const figure = readYaml(join(dir, FIGURE));
      figure.series[0].sources = ['no-such-source'];
      figure.series[0].evidence[0].source = 'no-such-source';
      writeFileSync(join(dir, FIGURE), stringify(figure));
      // Pages the header or footer link to, missing in one language each.
      rmSync(join(dir, 'pages/zh/methodology.mdx'));
      rmSync(join(dir, 'pages/en/source-text.mdx'));
      appendFileSync(join(dir, EXPLAINER), '\nSee [elsewhere](https://example.org/not-a-source).\n');
    });
    expect(result.status, result.output).not.toBe(0);
    const expected = [
      ...BROKEN_CLAIMS.map(([name, , message]) => `claims/${name}.yaml: ${message}`),
      `${FIGURE}: series[0].sources: unknown source "no-such-source"`,
      'pages/zh/methodology.mdx: slug: no zh page has slug "methodology"',
      'pages/en/source-text.mdx: slug: no en page has slug "source-text"',
      `${EXPLAINER}: body: links to https://example.org/not-a-source, which is not one of its sources`,
    ];
    const missing = expected.filter((message) => !result.output.includes(message));
    expect(missing, result.output).toEqual([]);
  });

  it('names the character the card font lacks, and the font, in each language', () => {
    const result = buildChanged('missing-glyph', (dir) => {
      const claim = readYaml(join(dir, CLAIM));
      claim.summary = { en: 'The 𓀀 hieroglyph claim', zh: '构建测试用的说法𓀀' };
      writeFileSync(join(dir, CLAIM), stringify(claim));
    });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`${CLAIM}: summary.en: the en share card cannot draw "𓀀" (U+13000)`);
    expect(result.output).toContain(`${CLAIM}: summary.zh: the zh share card cannot draw "𓀀" (U+13000)`);
    expect(result.output).toContain('Noto Sans SC Bold');
  });
});

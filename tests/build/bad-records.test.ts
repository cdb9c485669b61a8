/**
 * Bad input must stop the build with a message naming the file and the field. Each case copies
 * the valid fixture folder, breaks one thing, and runs a real `astro build` on it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { astroBuild } from '../support/astro-build';
import { ROOT, TMP } from '../support/paths';

const FIXTURE = resolve(ROOT, 'tests/fixtures/valid');
const CLAIM = 'claims/test-claim.yaml';
const work = resolve(TMP, 'bad-records');

function buildWith(name: string, mutate: (claim: Record<string, unknown>) => void) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, CLAIM);
  const claim = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  mutate(claim);
  writeFileSync(file, stringify(claim));
  return astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    ['a summary character the card font lacks', (c: Record<string, unknown>) => (c.summary = { en: 'The 𓀀 hieroglyph claim', zh: '构建测试用的说法' }), 'summary.en'],
  ])('fails on a claim with %s, naming the file and the field', (name, mutate, field) => {
    const result = buildWith(name.replace(/\W+/g, '-'), mutate);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(CLAIM);
    expect(result.output).toContain(field);
  });

  it('names the character the card font lacks, and the font, instead of drawing an empty box', () => {
    const result = buildWith('missing-glyph-zh', (c) => (c.summary = { en: 'A fixture claim', zh: '构建测试用的说法𓀀' }));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`${CLAIM}: summary.zh:`);
    expect(result.output).toContain('"𓀀" (U+13000)');
    expect(result.output).toContain('Noto Sans SC Bold');
  });
});

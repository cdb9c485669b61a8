/**
 * End to end through a real build: a claim whose text tries to close the JSON-LD script element
 * must produce a page with no extra script, and JSON that parses back to the original text.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { astroBuild, type BuildResult } from '../support/astro-build';
import { ROOT, TMP } from '../support/paths';

const EVIL = '</script><script>alert(1)</script>';
const dir = resolve(TMP, 'injection');
let result: BuildResult;
let baseline: string;

// One build holds the attacked claim and an untouched copy of it (clean-claim), whose pages give
// the script elements to compare against.
beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
  const file = join(dir, 'claims/test-claim.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(join(dir, 'claims/clean-claim.yaml'), original);
  const claim = parse(original);
  // Summaries are capped at 75 (en) and 40 (zh) characters, so the attack replaces them.
  baseline = 'Evil';
  for (const locale of ['en', 'zh']) {
    claim.summary[locale] = `Evil ${EVIL}`;
    claim.statement[locale] = `${claim.statement[locale]} ${EVIL}`;
    claim.verdict[locale] = `${EVIL} ${claim.verdict[locale]}`;
  }
  writeFileSync(file, stringify(claim));
  result = astroBuild({ contentDir: dir, outDir: join(dir, '.dist') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a claim containing </script>', () => {
  it('still builds (and passes the build-time structured-data check)', () => {
    expect(result.status, result.output).toBe(0);
  });

  it.each(['claims/test-claim/index.html', 'zh/claims/test-claim/index.html'])(
    'leaves %s with no injected script and intact JSON',
    (page) => {
      const html = readFileSync(join(dir, '.dist', page), 'utf8');
      const doc = parseHtml(html);
      const scripts = doc.querySelectorAll('script');
      const cleanScripts = parseHtml(
        readFileSync(join(dir, '.dist', page.replace('test-claim', 'clean-claim')), 'utf8'),
      ).querySelectorAll('script');
      // Same scripts as the clean page: none added, none carrying the payload as code.
      expect(scripts.map((s) => s.getAttribute('type') ?? 'classic')).toEqual(
        cleanScripts.map((s) => s.getAttribute('type') ?? 'classic'),
      );
      expect(
        scripts
          .filter((s) => s.getAttribute('type') !== 'application/ld+json')
          .some((s) => s.text.includes('alert(1)')),
      ).toBe(false);
      // Where the text lands in an attribute, it stays inside the quoted value.
      expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(`Evil ${EVIL}`);
      const review = scripts
        .filter((s) => s.getAttribute('type') === 'application/ld+json')
        .map((s) => JSON.parse(s.text))
        .find((d) => d['@type'] === 'ClaimReview');
      expect(review.claimReviewed).toContain(EVIL);
      expect(review.reviewRating.ratingExplanation.startsWith(EVIL)).toBe(true);
      // The text is shown to readers as text.
      expect(doc.querySelector('h1')!.text).toContain(EVIL);
      if (page.startsWith('claims')) expect(review.claimReviewed).toBe(`${baseline} ${EVIL}`);
    },
  );
});

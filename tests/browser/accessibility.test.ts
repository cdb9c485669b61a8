/**
 * axe-core in headless Chromium over one page of every kind, in both languages and both colour
 * schemes, on the real build: no violation at any impact level.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.mjs';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';
import { serveStatic } from '../support/static-server.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = loadPages(DIST);
const firstOf = (pattern: RegExp) => pages.find((p) => pattern.test(p.url))?.url.replace(/^\//, '');
const kinds = {
  home: '',
  explainer: firstOf(/^\/explainers\/[^/]+\/$/),
  claim: firstOf(/^\/claims\/[^/]+\/$/),
  claims: 'claims/',
  person: firstOf(/^\/people\/[^/]+\/$/),
  people: 'people/',
  methodology: 'methodology/',
  search: 'search/?q=DeepSeek',
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic({ root: DIST });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  it.each(Object.entries(kinds).flatMap(([kind, route]) => ['', 'zh/'].map((prefix) => [`${prefix}${kind}`, `${prefix}${route}`])))(
    '%s has no axe violations',
    async (_, route) => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${server.url}${route}`);
      if (route.includes('search')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});

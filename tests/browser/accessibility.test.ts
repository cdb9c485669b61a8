/**
 * axe-core in headless Chromium over one page of every kind, and every page with a figure (its
 * data tables opened), in both languages and both colour schemes, on the real build: no
 * violation at any impact level.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../support/browser-fixture';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = loadPages(DIST);
const firstOf = (pattern: RegExp) => pages.find((p) => pattern.test(p.url))?.url.replace(/^\//, '');
const kinds = {
  home: '',
  explainer: firstOf(/^\/explainers\/[^/]+\/$/),
  claim: firstOf(/^\/claims\/[^/]+\/$/),
  // A claim with a data table (header cells, row headers, numbered source links).
  'claim with a table': pages
    .find((p) => /^\/claims\/[^/]+\/$/.test(p.url) && p.html.includes('data-claim-table'))
    ?.url.replace(/^\//, ''),
  claims: 'claims/',
  person: firstOf(/^\/people\/[^/]+\/$/),
  people: 'people/',
  rating: firstOf(/^\/claims\/rating\/[^/]+\/$/),
  topic: firstOf(/^\/claims\/topic\/[^/]+\/$/),
  corrections: 'corrections/',
  methodology: 'methodology/',
  search: 'search/?q=DeepSeek',
  ...Object.fromEntries(
    pages
      .filter((p) => p.url.startsWith('/explainers/') && p.doc.querySelector('figure[data-figure]'))
      .map((p) => [`figures in ${p.url.split('/')[2]}`, p.url.replace(/^\//, '')]),
  ),
};

const fx = useBrowserAndServer(DIST);

/**
 * The axe rules that read colours: the only ones whose outcome a colour theme can change, since
 * a theme sets colour variables only (the layout, the markup and the text stay the same).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const axeViolations = async (page: Page, rules?: string[]) => {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (runOnly) => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            d: Document,
            options: { runOnly?: string[] },
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, runOnly ? { runOnly } : {});
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
};

/** Every rule in the light theme, then the colour rules in the dark one, on the same page. */
const inBothThemes = async (page: Page) => {
  const found: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  found.push(...(await axeViolations(page)).map((v) => `light: ${v}`));
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await axeViolations(page, COLOUR_RULES)).map((v) => `dark: ${v}`));
  return found;
};

// A page is checked once, under its first name (the first explainer is also a page with figures).
const checked = Object.entries(kinds).filter(([, route], i, all) => all.findIndex(([, r]) => r === route) === i);

describe('every page kind, in both themes', () => {
  // One tab per language visits every kind in turn (a reused tab costs about a third less CPU than
  // a fresh one per page, axe included); the two languages run side by side.
  it.concurrent.for(['', 'zh/'])('has no axe violations on any page kind (/%s)', async (prefix, { expect }) => {
    const page = await fx.browser.newPage();
    const found: string[] = [];
    for (const [kind, route] of checked) {
      if (route === undefined) {
        found.push(`${kind}: no page of this kind in the build`);
        continue;
      }
      await page.goto(`${fx.server.url}${prefix}${route}`);
      if (route.includes('search')) await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
      await page.evaluate(() =>
        document.querySelectorAll('figure details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      found.push(...(await inBothThemes(page)).map((v) => `${prefix}${kind}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('on a phone, in both themes', () => {
  it.each(['', 'zh/'])('the header with its menu open has no axe violations (/%s)', async (prefix) => {
    const page = await fx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${fx.server.url}${prefix}`);
    await page.locator('#site-menu > summary').click();
    expect(await inBothThemes(page)).toEqual([]);
    await page.close();
  });
});

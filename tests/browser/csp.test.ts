/**
 * The Content-Security-Policy in headless Chromium, on the real builds served with the headers of
 * their own `_headers` file, as a host that reads it would: no page kind reports a violation, in
 * either language or theme, a search with results included (Pagefind's worker and WebAssembly);
 * and an inline script injected into a built page does not run, whether the policy comes from
 * the meta tag or from the header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.mjs';
import { loadPages } from '../support/dist';
import { headersFor, readHeadersFile } from '../support/headers-file';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';
import { serveStatic } from '../support/static-server.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records violations from the first line of every page, before any of the page's own scripts. */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const reports: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => reports.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  context.on('console', (m) => {
    // Chromium also logs every violation (including a worker's) and Pagefind's fallback when its worker fails.
    if (/content security policy|falling back to main thread/i.test(m.text())) reports.push(`console: ${m.text()}`);
  });
  context.on('weberror', (e) => reports.push(`page error: ${e.error().message}`));
  return reports;
}

describe.each([
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
])('CSP, $name', ({ dist, base }) => {
  const rules = readHeadersFile(dist);
  const pages = loadPages(dist, base);
  const first = (pattern: RegExp) => pages.find((p) => pattern.test(p.url))!.url.slice(base.length);
  // Every explainer, since each carries a different figure; one page of every other kind.
  const explainers = Object.fromEntries(
    pages
      .filter((p) => new RegExp(`^${base}explainers/[^/]+/$`).test(p.url))
      .map((p) => [`explainer ${p.url.slice(base.length)}`, p.url.slice(base.length)]),
  );
  const kinds = {
    home: '',
    ...explainers,
    claim: first(new RegExp(`^${base}claims/[^/]+/$`)),
    claims: 'claims/',
    person: first(new RegExp(`^${base}people/[^/]+/$`)),
    people: 'people/',
    methodology: 'methodology/',
    rating: first(new RegExp(`^${base}claims/rating/[^/]+/$`)),
    corrections: 'corrections/',
    'not found': 'no-such-page/',
    search: 'search/',
  };
  const queries = { en: 'Nvidia', zh: '英伟达' };
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic({ root: dist, base, headers: (path) => headersFor(rules, path) });
  });
  afterAll(async () => {
    await server?.close();
  });

  // One tab per language visits every kind in turn (a tab reused costs about half the CPU of a
  // fresh context per page); the two languages run side by side. A late report may be listed
  // under the next kind; it fails the test all the same.
  it.concurrent.for(['en', 'zh'] as const)(
    'reports no violation on any page kind (%s), in the light and the dark theme',
    async (locale, { expect }) => {
      const context = await browser.newContext({ colorScheme: 'light' });
      const reports = await watchPolicy(context);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const [kind, route] of Object.entries(kinds)) {
        const seen = reports.length;
        const response = await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}${route}`);
        if (!response!.headers()['content-security-policy']?.includes("frame-ancestors 'none'"))
          problems.push(`${kind}: no Content-Security-Policy header with frame-ancestors 'none'`);
        // The not-found page has no header and so no toggle; the stored choice is what counts.
        if (kind === 'not found') await page.evaluate(() => localStorage.setItem('theme', 'dark'));
        else await page.locator('#theme-toggle').click();
        // Reloaded, the stored dark theme is applied by the inline boot script before first paint.
        await page.reload();
        const theme = await page.evaluate(() => document.documentElement.dataset.theme);
        if (theme !== 'dark') problems.push(`${kind}: theme after reload is ${theme}, not dark`);
        if (kind === 'search') {
          const workers = await searchWorkers(page, queries[locale]);
          if (!workers.includes(`${base}pagefind/pagefind-worker.js`))
            problems.push(`search: no Pagefind worker among ${workers.join(', ')}`);
        }
        problems.push(...reports.slice(seen).map((r) => `${kind}: ${r}`));
        // The next kind starts in the light theme again.
        await page.evaluate(() => localStorage.removeItem('theme'));
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  /** Searches until results show; the paths of the page's workers (Pagefind's among them). */
  async function searchWorkers(page: Page, term: string) {
    await page.locator('#search-input').fill(term);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    return page.workers().map((w) => new URL(w.url()).pathname);
  }

  describe('an inline script injected into a built claim page', () => {
    const claim = pages.find((p) => p.doc.querySelector('[data-claim-id]'))!;
    const injected = '<script>window.injected = true</script>';
    const html = readFileSync(join(dist, claim.file), 'utf8').replace('</main>', `${injected}</main>`);
    const withoutMeta = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');

    /** Serves the built page with the injection at its own address; true if the script ran. */
    async function runs(body: string, headers: Record<string, string>) {
      const context = await browser.newContext();
      const reports = await watchPolicy(context);
      const page = await context.newPage();
      await page.route(`${server.origin}${claim.url}`, (route) =>
        route.fulfill({ body, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } }),
      );
      await page.goto(`${server.origin}${claim.url}`);
      const ran = await page.evaluate(() => (window as unknown as { injected?: boolean }).injected === true);
      // The site's own inline scripts still ran: the boot script marked the page.
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      await context.close();
      return { ran, reports };
    }

    it('runs when the page carries no policy (the injection works)', async () => {
      expect((await runs(withoutMeta, {})).ran).toBe(true);
    });

    it('does not run under the meta tag', async () => {
      const { ran, reports } = await runs(html, {});
      expect(ran).toBe(false);
      expect(reports.some((r) => r.includes('script-src-elem blocked inline'))).toBe(true);
    });

    it('does not run under the header from _headers alone', async () => {
      const { ran, reports } = await runs(withoutMeta, headersFor(rules, claim.url));
      expect(ran).toBe(false);
      expect(reports.some((r) => r.includes('script-src-elem blocked inline'))).toBe(true);
    });
  });
});

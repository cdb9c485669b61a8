/**
 * Pagefind search in headless Chromium on the real builds (root and sub-path): relevance for
 * the terms readers look up, language separation, Chinese recall against the indexed text of
 * the built pages, filters, ?q= deep links, the page's own result markup, the address as the
 * state of a search, the phone layout, and no search code on article pages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { launchBrowser } from '../support/browser.mjs';
import { loadPages } from '../support/dist';
import { indexedText } from '../support/indexed-text';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';
import { serveStatic } from '../support/static-server.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Hit {
  url: string;
  title: string;
}

/** Runs a query through Pagefind's own JS API in the page, returning every hit in rank order. */
async function pagefindSearch(
  page: Page,
  base: string,
  term: string,
  filters: Record<string, string> = {},
): Promise<Hit[]> {
  // Sent as source text: Vitest would otherwise rewrite the dynamic import for Node.
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
    await pagefind.init();
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, title: d.meta.title }));
  })()`;
  return page.evaluate(script) as Promise<Hit[]>;
}

// The tests of a build run a few at a time, each in its own tab (or evaluating in the shared
// search tabs, which Pagefind answers independently): most of a test's time is spent waiting
// on Chromium, and one after another this file was the longest of the run.
describe.concurrent.each([
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
])('search, $name', ({ dist, base }) => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let en: Page;
  let zh: Page;
  const built = loadPages(dist, base);

  beforeAll(async () => {
    server = await serveStatic({ root: dist, base });
    en = await browser.newPage();
    await en.goto(`${server.url}search/`);
    zh = await browser.newPage();
    await zh.goto(`${server.url}zh/search/`);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.for([
    ['Tiger', /tiger/i],
    ['export controls', /export control/i],
    ['Raimondo', /raimondo/i],
    ['BYD', /\bBYD\b/],
  ] as const)('finds the page about "%s" among the first three results', async ([term, about], { expect }) => {
    const hits = await pagefindSearch(en, base, term);
    expect(
      hits.slice(0, 3).some((h) => about.test(h.title)),
      JSON.stringify(hits.slice(0, 5)),
    ).toBe(true);
    for (const h of hits) expect(h.url.startsWith(`${base}zh/`), h.url).toBe(false);
  });

  it('answers a word on no page with an honest "no results", in both languages', async ({ expect }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=zqxjvk`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toMatch(/no results/i);
    await page.goto(`${server.url}zh/search/?q=zqxjvk`);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toBe(t('zh', 'search.none', { q: 'zqxjvk' }));
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it.for(['虎式坦克', '出口管制', '比亚迪', '英伟达'])(
    'finds every Chinese page whose indexed text contains "%s", and no English page',
    async (term, { expect }) => {
      const expected = built
        .filter((p) => p.url.startsWith(`${base}zh/`))
        .filter((p) => indexedText(p.html)?.includes(term))
        .map((p) => p.url)
        .sort();
      expect(expected.length, `no Chinese page contains ${term}`).toBeGreaterThan(0);
      const hits = await pagefindSearch(zh, base, term);
      for (const h of hits) expect(h.url.startsWith(`${base}zh/`), `${term} -> ${h.url}`).toBe(true);
      const found = new Set(hits.map((h) => h.url));
      const missed = expected.filter((url) => !found.has(url));
      expect(missed, `recall ${expected.length - missed.length}/${expected.length} for ${term}`).toEqual([]);
    },
  );

  it.for([
    ['', 'export controls'],
    ['zh/', '比亚迪'],
  ] as const)(
    'typed in a burst on %ssearch/, shows the results of the whole query, not of a prefix',
    async ([prefix, term], { expect }) => {
      // Keys come faster than the searches they start, so searches for prefixes are still
      // running when the last key lands; only the whole query may be drawn in the end.
      const page = await browser.newPage();
      await page.goto(`${server.url}${prefix}search/`);
      await page.locator('#search-input').pressSequentially(term, { delay: 0 });
      const list = page.locator('#search-results');
      await expect.poll(() => list.getAttribute('data-query'), { timeout: 10_000 }).toBe(term);
      await page.waitForLoadState('networkidle');
      expect(await list.getAttribute('data-query')).toBe(term);
      const expected = (await pagefindSearch(page, base, term)).slice(0, 10).map((h) => h.url);
      const shown = await list
        .locator('a[data-slot="link"]')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(expected.length).toBeGreaterThan(0);
      expect(shown).toEqual(expected);
      expect(new URL(page.url()).searchParams.get('q')).toBe(term);
      await page.close();
    },
  );

  it('narrows claim results to one rating with the rating filter', async ({ expect }) => {
    const all = await pagefindSearch(en, base, 'DeepSeek');
    const accurate = await pagefindSearch(en, base, 'DeepSeek', { rating: 'accurate' });
    expect(accurate.length).toBeGreaterThan(0);
    expect(accurate.length).toBeLessThan(all.length);
    for (const h of accurate) {
      const page = built.find((p) => p.url === h.url)!;
      expect(page.doc.querySelector('[data-rating]')?.getAttribute('data-rating'), h.url).toBe('accurate');
    }
  });

  it('prefills and runs a ?q= search, and its result links open the right pages', async ({ expect }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=Raimondo`);
    expect(await page.locator('#search-input').inputValue()).toBe('Raimondo');
    const first = page.locator('#search-results a[data-slot="link"]').first();
    await first.waitFor({ timeout: 10_000 });
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await page.close();
  });

  it("draws each result with the site's own markup: rating badge, title, who said it, highlighted excerpt", async ({
    expect,
  }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=Nvidia`);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((li) => {
        const link = li.querySelector('h2 a') as HTMLAnchorElement;
        const url = new URL(link.href).pathname;
        // The no-JS list on the same page draws the claim's badge with the RatingBadge component.
        const listed = document.querySelector(`#search-fallback li:has(> a[href="${url}"]) > .rating`);
        return {
          url,
          title: link.textContent,
          badge: li.querySelector('.rating')?.outerHTML ?? null,
          listedBadge: listed?.outerHTML ?? null,
          speaker: li.querySelector('[data-slot="speaker-name"]')?.textContent ?? null,
          marks: [...li.querySelectorAll('[data-slot="excerpt"] mark')].map((m) => m.textContent),
          excerptElements: [...li.querySelectorAll('[data-slot="excerpt"] *')].map((e) => e.tagName),
        };
      }),
    );
    expect(results.length).toBeGreaterThan(3);
    let claims = 0;
    for (const r of results) {
      const builtPage = built.find((p) => p.url === r.url);
      expect(builtPage, r.url).toBeDefined();
      expect(r.title, r.url).toBe(builtPage!.doc.querySelector('h1')!.text.trim());
      expect(new Set(r.excerptElements), r.url).toEqual(new Set(r.marks.length ? ['MARK'] : []));
      if (builtPage!.doc.querySelector('[data-claim-id]')) {
        claims++;
        expect(r.badge, r.url).toBe(r.listedBadge);
        expect(r.badge, r.url).toContain(
          `data-rating="${builtPage!.doc.querySelector('[data-rating]')!.getAttribute('data-rating')}"`,
        );
        expect(r.speaker, r.url).toBe(builtPage!.doc.querySelector('dd a[href*="/people/"]')!.text.trim());
      } else {
        expect([r.badge, r.speaker], r.url).toEqual([null, null]);
      }
    }
    expect(claims).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.marks).some((m) => /nvidia/i.test(m!))).toBe(true);
    await page.close();
  });

  it('keeps the query and filters in the address: a shared link opens the same search, and it survives Back', async ({
    expect,
  }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=DeepSeek&rating=accurate`);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('input[name="rating"][value="accurate"]').isChecked()).toBe(true);
    const expected = await pagefindSearch(en, base, 'DeepSeek', { rating: 'accurate' });
    expect(await page.locator('#search-status').textContent()).toBe(
      t('en', 'search.results.other', { n: expected.length, q: 'DeepSeek' }),
    );
    const ratings = await page
      .locator('#search-results li [data-rating]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rating')));
    expect(new Set(ratings)).toEqual(new Set(['accurate']));

    // Ticking a second filter narrows the results and joins the address.
    await page.locator('input[name="topic"][value="export-controls"]').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=DeepSeek&rating=accurate&topic=export-controls');
    const filteredUrls = () =>
      page
        .locator('#search-results h2 a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const tagged = (url: string) =>
      built.find((p) => p.url === url)?.html.includes('data-pagefind-filter="topic:export-controls"');
    await expect.poll(async () => (await filteredUrls()).every(tagged), { timeout: 10_000 }).toBe(true);
    const before = await filteredUrls();
    expect(before.length).toBeGreaterThan(0);

    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?q=DeepSeek&rating=accurate&topic=export-controls');
    expect(await page.locator('#search-input').inputValue()).toBe('DeepSeek');
    expect(await page.locator('input[name="topic"][value="export-controls"]').isChecked()).toBe(true);
    await expect.poll(filteredUrls, { timeout: 10_000 }).toEqual(before);
    await page.close();
  });

  it('lists the pages matching the filters alone when no word is typed', async ({ expect }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}zh/search/?kind=explainer`);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    const urls = await page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const explainers = built.filter((p) => new RegExp(`^${base}zh/explainers/[^/]+/$`).test(p.url)).map((p) => p.url);
    expect(urls.sort()).toEqual(explainers.sort());
    expect(await page.locator('#search-status').textContent()).toBe(
      t('zh', 'search.matches.other', { n: explainers.length }),
    );
    await page.close();
  });

  it('on a phone, folds the filters into one control and shows the first result without scrolling', async ({
    expect,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=Nvidia`);
    const firstTitle = page.locator('#search-results h2 a').first();
    await firstTitle.waitFor({ timeout: 10_000 });
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters input[type="checkbox"]').first().isVisible()).toBe(false);
    const box = (await firstTitle.boundingBox())!;
    expect(box.y + box.height, 'first result title below the fold').toBeLessThanOrEqual(844);
    await page.locator('#search-filters summary').click();
    expect(await page.locator('#search-filters input[type="checkbox"]').first().isVisible()).toBe(true);
    // On a wide screen the same filters are a sidebar, open without a click.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    expect(await page.locator('#search-filters input[type="checkbox"]').first().isVisible()).toBe(true);
    await context.close();
  });

  it('lists every explainer and claim review on the search page when JavaScript is off', async ({ expect }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    for (const prefix of ['', 'zh/']) {
      const page = await context.newPage();
      await page.goto(`${server.url}${prefix}search/`);
      const links = new Set(
        await page
          .locator('main a')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
      const expected = built
        .map((p) => p.url)
        .filter((u) => new RegExp(`^${base}${prefix}(explainers|claims)/[^/]+/$`).test(u));
      expect(expected.length).toBeGreaterThan(0);
      for (const url of expected) expect(links.has(url), url).toBe(true);
      await page.close();
    }
    await context.close();
  });

  it('loads no Pagefind file on an article page, until the reader searches', async ({ expect }) => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const article = built.find((p) => p.url.includes('/explainers/'))!;
    await page.goto(`${server.origin}${article.url}`, { waitUntil: 'networkidle' });
    expect(requested.filter((r) => r.includes('pagefind'))).toEqual([]);
    // The header box takes the reader to the search page, which then loads the index.
    await page.fill('#site-search', 'Nvidia');
    await page.press('#site-search', 'Enter');
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    expect(requested.some((r) => r.includes('pagefind'))).toBe(true);
    await page.close();
  });
});

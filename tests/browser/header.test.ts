/**
 * The site header in headless Chromium on the real build: one row of at most 64 px on a phone
 * (site name, search link, menu), the full navigation on a desktop, and a menu that works
 * without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../support/browser-fixture';
import { DIST } from '../support/paths';

const fx = useBrowserAndServer(DIST);
const phone = { viewport: { width: 390, height: 844 } };

/** Boxes of the header and of every element in it a reader can see. */
const headerLayout = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header.site-header')!.getBoundingClientRect();
    const visible = [
      ...document.querySelectorAll(
        'header.site-header a, header.site-header summary, header.site-header button, header.site-header input',
      ),
    ]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => el.checkVisibility() && box.width > 1 && box.height > 1)
      .map(({ el, box }) => ({ what: el.getAttribute('href') ?? el.tagName, top: box.top, bottom: box.bottom }));
    return { height: header.height, visible };
  });

describe('site header', () => {
  it.each(['', 'zh/', 'search/', 'zh/claims/'])(
    'is one row of at most 64 px on a phone: site name, search and menu (/%s)',
    async (route) => {
      const page = await fx.browser.newPage(phone);
      await page.goto(`${fx.server.url}${route}`);
      const { height, visible } = await headerLayout(page);
      expect(height).toBeLessThanOrEqual(64);
      expect(visible.map((v) => v.what)).toEqual([
        `/${route.startsWith('zh/') ? 'zh/' : ''}`,
        expect.stringMatching(/search\/$/),
        'SUMMARY',
      ]);
      const middle = (v: { top: number; bottom: number }) => (v.top + v.bottom) / 2;
      for (const v of visible) expect(Math.abs(middle(v) - middle(visible[0]!)), v.what).toBeLessThan(4);
      await page.close();
    },
  );

  it('shows the full navigation, search box, language switch and theme toggle on a desktop', async () => {
    const page = await fx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(fx.server.url);
    for (const selector of [
      '#site-menu nav a >> nth=0',
      '#site-menu nav a >> nth=3',
      '#site-search',
      '[data-lang-switch]',
      '#theme-toggle',
    ]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    }
    expect(await page.locator('#site-menu > summary').isVisible()).toBe(false);
    expect(await page.locator('[data-search-link]').isVisible()).toBe(false);
    const { height } = await headerLayout(page);
    expect(height, 'one row on a desktop too').toBeLessThanOrEqual(64);
    await page.close();
  });

  it('opens the phone menu without JavaScript, with every link and the language switch', async () => {
    const context = await fx.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fx.server.url}zh/`);
    expect(await page.locator('#site-menu nav a').first().isVisible()).toBe(false);
    await page.locator('#site-menu > summary').click();
    for (const link of await page.locator('#site-menu nav a').all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('[data-lang-switch]').isVisible()).toBe(true);
    // The theme toggle needs JavaScript, so without it there is no button that does nothing.
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });

  it('closes the phone menu on a click elsewhere', async () => {
    const page = await fx.browser.newPage(phone);
    await page.goto(fx.server.url);
    await page.locator('#site-menu > summary').click();
    expect(await page.locator('#site-menu nav a').first().isVisible()).toBe(true);
    // Below the open menu panel, on the page itself.
    await page.mouse.click(200, 800);
    expect(await page.locator('#site-menu nav a').first().isVisible()).toBe(false);
    await page.close();
  });
});

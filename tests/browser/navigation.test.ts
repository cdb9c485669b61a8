/**
 * A reader's path through the built site in headless Chromium: home -> explainer -> claim ->
 * other language -> dark mode, in the root build and the sub-path build.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { launchBrowser } from '../support/browser.mjs';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';
import { serveStatic } from '../support/static-server.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
])('$name', ({ dist, base }) => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic({ root: dist, base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('follows home -> explainer -> claim, switches language and toggles dark mode', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => failed.push(`page error: ${e.message}`));

    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // Home -> the first explainer card (the latest updates above it link to notices on pages).
    const explainerLink = page
      .locator('main section[aria-labelledby="explainers-heading"] a[href*="/explainers/"]')
      .first();
    const explainerTitle = (await explainerLink.textContent())!.trim();
    await explainerLink.click();
    await page.waitForURL(/\/explainers\/[^/]+\/$/);
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    expect((await page.locator('h1').textContent())!.trim()).toBe(explainerTitle);

    // Explainer -> a claim it discusses (not a rating badge, which links to its rating's page).
    const claimLink = page.locator('main a[href*="/claims/"]:not(.rating)').first();
    const claimSummary = (await claimLink.textContent())!.trim();
    await claimLink.click();
    await page.waitForURL(/\/claims\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(claimSummary);
    await expect.poll(() => page.locator('[data-rating]').first().isVisible()).toBe(true);
    const claimPath = new URL(page.url()).pathname;

    // Language switch -> the same claim in Chinese.
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/zh\/claims\//);
    expect(new URL(page.url()).pathname).toBe(claimPath.replace(base, `${base}zh/`));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('[data-claim-id]').getAttribute('data-claim-id')).toBe(
      claimPath.split('/').filter(Boolean).at(-1),
    );

    // Dark mode: the toggle says what it will do, switches the theme, and the choice survives a reload.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.locator('#theme-toggle');
    expect(await toggle.innerText()).toContain(t('zh', 'theme.toDark'));
    await toggle.click();
    expect(await toggle.innerText()).toContain(t('zh', 'theme.toLight'));
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);

    // No flash: the stored theme is applied before the first paint of the next page.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The colours need the stylesheet, which may still be loading at first paint on a busy machine.
    await page.waitForLoadState('load');
    expect(await background()).toBe(dark);

    expect(failed).toEqual([]);
    await context.close();
  });

  it('follows the system dark preference without any stored choice', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getByRole('button', { name: t('en', 'theme.toLight'), exact: true }).count()).toBe(1);
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .match(/\d+/g)!
      .map(Number);
    // Relative luminance (WCAG) of a dark background is low; a light one is near 1.
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    expect(0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)).toBeLessThan(0.05);
    await context.close();
  });
});

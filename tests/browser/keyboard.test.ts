/**
 * The site by keyboard alone, in headless Chromium on the real build: skip link, visible focus,
 * language switch, theme toggle, table of contents and search, on a desktop and on a phone
 * (where the navigation, language switch and theme toggle sit in the header's menu).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { useBrowserAndServer } from '../support/browser-fixture';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

const explainer = loadPages(DIST).find((p) => /^\/explainers\/[^/]+\/$/.test(p.url))!;

const fx = useBrowserAndServer(DIST);

/** Press Tab until `match` holds for the focused element; fail after `limit` presses. */
async function tabTo(page: Page, match: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${match.toString()})(document.activeElement)`)) return;
  }
  throw new Error('focus never reached the element');
}

const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

describe('keyboard only', () => {
  it('starts with a visible skip link that moves focus to the main content', async () => {
    const page = await fx.browser.newPage();
    await page.goto(`${fx.server.origin}${explainer.url}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), visible: box.width > 1 && box.height > 1 };
    });
    expect(skip).toEqual({ href: '#main', visible: true });
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it.each(['en', 'zh'] as const)(
    'reaches the theme toggle, which says what it will do, and switches the theme with Enter and Space (%s)',
    async (locale) => {
      const page = await fx.browser.newPage({ colorScheme: 'light' });
      await page.goto(`${fx.server.url}${locale === 'zh' ? 'zh/' : ''}`);
      const named = (key: 'theme.toDark' | 'theme.toLight') =>
        page.getByRole('button', { name: t(locale, key), exact: true }).count();
      await tabTo(page, (el) => el.id === 'theme-toggle');
      expect(await focusVisible(page)).toBe(true);
      expect([await named('theme.toDark'), await named('theme.toLight')]).toEqual([1, 0]);
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect([await named('theme.toDark'), await named('theme.toLight')]).toEqual([0, 1]);
      await page.keyboard.press('Space');
      expect(await page.getAttribute('html', 'data-theme')).toBe('light');
      expect([await named('theme.toDark'), await named('theme.toLight')]).toEqual([1, 0]);
      await page.close();
    },
  );

  it('reaches the language switch and follows it with Enter', async () => {
    const page = await fx.browser.newPage();
    await page.goto(`${fx.server.origin}${explainer.url}`);
    await tabTo(page, (el) => el.hasAttribute('data-lang-switch'));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh${explainer.url}`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.close();
  });

  it('follows a table-of-contents entry to its heading', async () => {
    const page = await fx.browser.newPage();
    await page.goto(`${fx.server.origin}${explainer.url}`);
    await tabTo(page, (el) => Boolean(el.closest('nav[aria-labelledby="toc-heading"]')), 80);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    const heading = page.locator(decodeURIComponent(target).replace(/^#/, '[id="') + '"]');
    expect(await heading.evaluate((h) => h.tagName)).toMatch(/^H[23]$/);
    await page.close();
  });

  it('searches from the header box and reaches the results and filters', async () => {
    const page = await fx.browser.newPage();
    await page.goto(fx.server.url);
    await tabTo(page, (el) => el.id === 'site-search');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.type('Raimondo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Raimondo/);
    await page.locator('#search-results a[data-slot="link"]').first().waitFor({ timeout: 10_000 });
    // A filter checkbox toggles with Space and the address follows; Space again undoes it.
    await tabTo(page, (el) => el.matches('#search-filters input[type="checkbox"]'), 60);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.has('kind')).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.has('kind')).toBe(false);
    await tabTo(page, (el) => el.matches('#search-results a[data-slot="link"]'), 80);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
    expect(await page.locator('h1').textContent()).toMatch(/Raimondo/);
    await page.close();
  });
});

describe('keyboard only, on a phone', () => {
  const phone = { viewport: { width: 390, height: 844 } };
  const menuOpen = (page: Page) => page.locator('#site-menu').evaluate((d) => (d as HTMLDetailsElement).open);

  it.each(['Enter', 'Space'])(
    'opens the menu with %s and reaches every link, the language switch and the theme toggle',
    async (key) => {
      const page = await fx.browser.newPage(phone);
      await page.goto(fx.server.url);
      expect(await page.locator('#site-search').isVisible()).toBe(false);
      await tabTo(page, (el) => el.matches('#site-menu > summary'));
      expect(await focusVisible(page)).toBe(true);
      expect(await menuOpen(page)).toBe(false);
      await page.keyboard.press(key);
      expect(await menuOpen(page)).toBe(true);
      const reached: string[] = [];
      for (let i = 0; i < 10 && !reached.includes('theme-toggle'); i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return {
            id: el.id || (el.hasAttribute('data-lang-switch') ? 'lang' : el.getAttribute('href')),
            visible: box.width > 0 && box.height > 0,
          };
        });
        expect(focused.visible, String(focused.id)).toBe(true);
        reached.push(focused.id!);
      }
      const navLinks = await page
        .locator('#site-menu nav a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(reached).toEqual([...navLinks, 'lang', 'theme-toggle']);
      await page.close();
    },
  );

  it('closes the menu with Escape and returns focus to it', async () => {
    const page = await fx.browser.newPage(phone);
    await page.goto(fx.server.url);
    await tabTo(page, (el) => el.matches('#site-menu > summary'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menuOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('#site-menu > summary'))).toBe(true);
    await page.close();
  });

  it('reaches the search page from the header by keyboard and follows a result', async () => {
    const page = await fx.browser.newPage(phone);
    await page.goto(fx.server.url);
    await tabTo(page, (el) => el.hasAttribute('data-search-link'));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/$/);
    // The search page puts the cursor in its box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Raimondo');
    await page.locator('#search-results a[data-slot="link"]').first().waitFor({ timeout: 10_000 });
    await tabTo(page, (el) => el.matches('#search-results a[data-slot="link"]'), 20);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
    expect(await page.locator('h1').textContent()).toMatch(/Raimondo/);
    await page.close();
  });
});

/**
 * Proves the last step of the browser lookup on every run, even on a machine that has a system
 * Chromium: the Chromium inside the @sparticuz/chromium npm package launches, renders the built
 * site, and draws Chinese with the CJK font the harness brings from npm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, resolveChromium } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { DIST } from '../support/paths';

const bundled = { env: { ...process.env, CHROMIUM_PATH: 'bundled' } };
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  browser = await launchBrowser(bundled);
  server = await serveStatic({ root: DIST });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the bundled Chromium (CHROMIUM_PATH=bundled)', () => {
  it('is the one inside the npm package, not a system browser', async () => {
    const choice = await resolveChromium(bundled);
    expect(choice.kind).toBe('bundled');
    expect(choice.path).not.toMatch(/^\/usr\/bin\//);
  });

  it('renders the built Chinese home page and draws its Chinese text with a CJK font', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}zh/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('DeepSeek');
    // A CJK glyph is a full em wide; the empty box a font without CJK draws is much narrower.
    const ratio = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `100px ${getComputedStyle(document.body).fontFamily}`;
      return ctx.measureText('事实核查').width / 400;
    });
    expect(ratio).toBeGreaterThan(0.9);
    await page.close();
  });
});

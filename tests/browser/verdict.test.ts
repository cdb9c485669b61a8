/**
 * Verdict first: on every claim page, at a phone and a desktop size, in both languages, the
 * rating badge and the verdict sentence are wholly inside the first viewport. One theme is
 * enough: the dark theme changes colour variables only, never layout (its contrast is checked in
 * accessibility.test.ts). The scale strip's static markup is checked in tests/build/scale-strip.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readYamlFolder } from '../support/content-files';
import { useBrowserAndServer } from '../support/browser-fixture';
import { DIST } from '../support/paths';

const claims = readYamlFolder('claims').map((c) => ({ id: c.id }));
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

const fx = useBrowserAndServer(DIST);

describe('every claim page', () => {
  // One load per page: the phone size first, then the same page resized to the desktop size (the
  // layout is CSS only, so a resize lays it out as a fresh load at that size would).
  // 66 loads per language: a slow, shared machine can take more than the default 60 s.
  it.each(['', 'zh/'])(
    'shows the badge and the verdict without scrolling, at a phone and a desktop size (/%s)',
    async (prefix) => {
      const page = await fx.browser.newPage({ viewport: VIEWPORTS.phone });
      const below: string[] = [];
      for (const { id } of claims) {
        await page.goto(`${fx.server.url}${prefix}claims/${id}/`);
        for (const [name, viewport] of Object.entries(VIEWPORTS)) {
          await page.setViewportSize(viewport);
          for (const selector of ['[aria-labelledby="verdict-heading"] .rating', '[data-claim-verdict]']) {
            const box = await page.locator(selector).first().boundingBox();
            if (!box || box.y < 0 || box.y + box.height > viewport.height)
              below.push(`${name} ${prefix}${id} ${selector}: bottom ${box ? Math.round(box.y + box.height) : 'none'}`);
          }
        }
        await page.setViewportSize(VIEWPORTS.phone);
      }
      expect(below).toEqual([]);
      await page.close();
    },
    180_000,
  );
});

describe('the claims in brief on an explainer', () => {
  it.each(Object.entries(VIEWPORTS))(
    'puts every badge in one column, and every summary in another (%s)',
    async (_, viewport) => {
      const page = await fx.browser.newPage({ viewport });
      for (const prefix of ['', 'zh/']) {
        await page.goto(`${fx.server.url}${prefix}`);
        const explainers = await page
          .locator('main a[href*="/explainers/"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        for (const href of new Set(explainers)) {
          await page.goto(new URL(href, fx.server.url).href);
          const rows = page.locator('aside[aria-labelledby="brief-heading"] li');
          const lefts = await rows.evaluateAll((lis) =>
            lis.map((li) => [
              li.querySelector('.rating')!.getBoundingClientRect().left,
              li.querySelector('a:not(.rating)')!.getBoundingClientRect().left,
            ]),
          );
          expect(lefts.length, href).toBeGreaterThan(1);
          expect(new Set(lefts.map(([badge]) => Math.round(badge!))).size, href).toBe(1);
          expect(new Set(lefts.map(([, link]) => Math.round(link!))).size, href).toBe(1);
        }
      }
      await page.close();
    },
  );
});

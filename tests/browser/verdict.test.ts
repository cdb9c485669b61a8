/**
 * Verdict first: on every claim page, at a phone and a desktop size, in both languages, the
 * rating badge and the verdict sentence are wholly inside the first viewport. One theme is
 * enough: the dark theme changes colour variables only, never layout (its contrast is checked in
 * accessibility.test.ts). The scale strip's static markup is checked in tests/build/scale-strip.test.ts.
 */
import { describe, it } from 'vitest';
import { readYamlFolder } from '../support/content-files';
import { useBrowserAndServer } from '../support/browser-fixture';
import { DIST } from '../support/paths';

const claims = readYamlFolder('claims').map((c) => ({ id: c.id }));
const SELECTORS = ['[aria-labelledby="verdict-heading"] .rating', '[data-claim-verdict]'];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

const fx = useBrowserAndServer(DIST);

describe.concurrent('every claim page', () => {
  // One load per page: the phone size first, then the same page resized to the desktop size (the
  // layout is CSS only, so a resize lays it out as a fresh load at that size would). Both boxes are
  // read in one round trip: a locator's boundingBox() costs tens of milliseconds each.
  it.for(['', 'zh/'])(
    'shows the badge and the verdict without scrolling, at a phone and a desktop size (/%s)',
    { timeout: 180_000 },
    async (prefix, { expect }) => {
      const page = await fx.browser.newPage({ viewport: VIEWPORTS.phone });
      const below: string[] = [];
      for (const { id } of claims) {
        await page.goto(`${fx.server.url}${prefix}claims/${id}/`);
        for (const [name, viewport] of Object.entries(VIEWPORTS)) {
          await page.setViewportSize(viewport);
          const boxes = await page.evaluate((selectors) => {
            return selectors.map((selector) => {
              const rect = document.querySelector(selector)?.getBoundingClientRect();
              return { selector, top: rect?.top, bottom: rect?.bottom };
            });
          }, SELECTORS);
          for (const { selector, top, bottom } of boxes) {
            if (top === undefined || bottom === undefined || top < 0 || bottom > viewport.height)
              below.push(
                `${name} ${prefix}${id} ${selector}: bottom ${bottom === undefined ? 'none' : Math.round(bottom)}`,
              );
          }
        }
        await page.setViewportSize(VIEWPORTS.phone);
      }
      expect(below).toEqual([]);
      await page.close();
    },
  );
});

describe.concurrent('the claims in brief on an explainer', () => {
  it.for(Object.entries(VIEWPORTS))(
    'puts every badge in one column, and every summary in another (%s)',
    async ([, viewport], { expect }) => {
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

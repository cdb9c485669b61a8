/**
 * Verdict first: on every claim page, at a phone and a desktop size, in both languages and both
 * themes, the rating badge and the verdict sentence are wholly inside the first viewport; and
 * the scale strip marks the claim's own rating (Unproven sits off the scale).
 */
import { describe, expect, it } from 'vitest';
import { readYamlFolder } from '../support/content-files';
import { useBrowserAndServer } from '../support/browser-fixture';
import { DIST } from '../support/paths';

const claims = readYamlFolder('claims').map((c) => ({ id: c.id, rating: c.data.rating as string }));
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
// The numbered steps as the methodology page publishes them, worst to best.
const STEPS = ['inaccurate', 'misleading', 'needs-context', 'mostly-accurate', 'accurate'];

const fx = useBrowserAndServer(DIST);

describe.each(Object.entries(VIEWPORTS))('%s viewport', (_, viewport) => {
  it.each(['light', 'dark'] as const)(
    'shows the badge and the verdict without scrolling on every claim page (%s)',
    async (colorScheme) => {
      const page = await fx.browser.newPage({ viewport, colorScheme });
      const below: string[] = [];
      for (const prefix of ['', 'zh/']) {
        for (const { id } of claims) {
          await page.goto(`${fx.server.url}${prefix}claims/${id}/`);
          for (const selector of ['[aria-labelledby="verdict-heading"] .rating', '[data-claim-verdict]']) {
            const box = await page.locator(selector).first().boundingBox();
            if (!box || box.y < 0 || box.y + box.height > viewport.height)
              below.push(`${prefix}${id} ${selector}: bottom ${box ? Math.round(box.y + box.height) : 'none'}`);
          }
        }
      }
      expect(below).toEqual([]);
      await page.close();
    },
  );
});

describe('the scale strip', () => {
  it('marks the claim’s own rating, and shows Unproven off the scale', async () => {
    const page = await fx.browser.newPage();
    for (const prefix of ['', 'zh/']) {
      for (const { id, rating } of claims) {
        await page.goto(`${fx.server.url}${prefix}claims/${id}/`);
        const strip = page.locator('[data-scale-strip]');
        expect(
          await strip
            .locator('[data-scale-step]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-scale-step'))),
        ).toEqual(STEPS);
        const marked = await strip
          .locator('[data-scale-step][data-current]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-scale-step')));
        const offScale = await strip.locator('[data-off-scale]').count();
        if (rating === 'unproven') {
          expect(marked, id).toEqual([]);
          expect(offScale, id).toBe(1);
        } else {
          expect(marked, id).toEqual([rating]);
          expect(offScale, id).toBe(0);
          expect(await strip.getAttribute('data-scale-value')).toBe(String(STEPS.indexOf(rating) + 1));
        }
        // Screen readers hear one sentence naming the rating, and the strip leads to the scale.
        const label = (await page.locator('[aria-labelledby="verdict-heading"] .rating').first().innerText())
          .replace(/^\S+\s*/, '')
          .trim();
        expect(await strip.locator('.sr-only').innerText(), id).toContain(label);
        expect(await strip.getAttribute('href')).toMatch(/methodology\/#rating-scale$/);
      }
    }
    await page.close();
  });
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

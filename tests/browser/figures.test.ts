/**
 * Figures in a real browser at a phone's width (390 px), in both languages and both themes, with
 * their data tables open: nothing makes the page scroll sideways, and no chart text is drawn
 * smaller than 12 px (SVG text scales with its viewBox, so this is measured, not assumed).
 */
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../support/browser-fixture';
import { loadPages } from '../support/dist';
import { DIST } from '../support/paths';

const routes = loadPages(DIST)
  .filter((p) => p.doc.querySelector('figure[data-figure]'))
  .map((p) => p.url.replace(/^\//, ''));

const fx = useBrowserAndServer(DIST);

describe('figures at 390 px', () => {
  it('are on every explainer, in both languages', () => {
    expect(routes.filter((r) => r.startsWith('explainers/'))).toHaveLength(4);
    expect(routes.filter((r) => r.startsWith('zh/explainers/'))).toHaveLength(4);
  });

  it.each(routes.flatMap((route) => (['light', 'dark'] as const).map((theme) => [route, theme] as const)))(
    '%s (%s) fits without sideways scrolling, text at least 12 px',
    async (route, colorScheme) => {
      const page = await fx.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      await page.goto(`${fx.server.url}${route}`);
      await page.evaluate(() =>
        document.querySelectorAll('figure details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
      );
      const result = await page.evaluate(() => {
        const texts = [...document.querySelectorAll<SVGTextElement>('figure svg text')];
        const sizes = texts.map((t) => ({
          text: t.textContent,
          px: parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement!.getScreenCTM()!.a ?? 1),
        }));
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          texts: texts.length,
          small: sizes.filter((s) => s.px < 12).map((s) => `${s.text} ${s.px.toFixed(1)}px`),
          clipped: texts
            .filter((t) => {
              const box = t.getBoundingClientRect();
              const svg = t.ownerSVGElement!.getBoundingClientRect();
              return box.right > svg.right + 1 || box.left < svg.left - 1;
            })
            .map((t) => t.textContent),
        };
      });
      expect(result.texts).toBeGreaterThan(0);
      expect(result.scrollWidth, 'page width').toBeLessThanOrEqual(result.clientWidth);
      expect(result.small).toEqual([]);
      expect(result.clipped, 'text running past the chart').toEqual([]);
      await page.close();
    },
  );
});

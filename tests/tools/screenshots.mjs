// Screenshots of built pages, for looking at the site as a reader would:
//   node tests/tools/screenshots.mjs [outDir] [route ...]
// Each route is shot in both locales, both themes, at phone and desktop widths. WAIT=<selector>
// waits for an element first (e.g. WAIT='#search-results li' for search results); FULL=1 shoots
// the whole page; SELECTOR='figure[data-figure]' shoots each matching element instead.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const [outDir = 'tests/.tmp/screens', ...routes] = process.argv.slice(2);
const pages = routes.length ? routes : [''];
await mkdir(outDir, { recursive: true });
const server = await serveStatic({ root: 'dist', base: process.env.BASE_PATH ?? '/' });
const browser = await launchBrowser();
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const route of pages) {
  for (const locale of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      for (const [name, viewport] of Object.entries(widths)) {
        const context = await browser.newContext({ viewport, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}${route}`);
        if (process.env.WAIT) await page.locator(process.env.WAIT).first().waitFor({ timeout: 10_000 });
        await page.evaluate(() => document.fonts.ready);
        const file = `${outDir}/${(route || 'home').replace(/\//g, '_')}-${locale}-${theme}-${name}.png`;
        if (process.env.SELECTOR) {
          const elements = await page.locator(process.env.SELECTOR).all();
          for (const [i, element] of elements.entries()) {
            const elementFile = file.replace(/\.png$/, `-${i + 1}.png`);
            await element.screenshot({ path: elementFile });
            console.log(elementFile);
          }
        } else {
          // Chromium cannot capture a page taller than its texture limit in one shot: long pages
          // are cut at 8,000 px when FULL=1.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const full = process.env.FULL === '1';
          const options =
            full && height > 8_000
              ? { fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: 8_000 } }
              : { fullPage: full };
          await page.screenshot({ path: file, ...options }).catch(async (error) => {
            console.warn(
              `${file}: full-page capture failed (${error.message.split('\n')[0]}); saved the first screen only`,
            );
            await page.screenshot({ path: file });
          });
          console.log(file);
        }
        await context.close();
      }
    }
  }
}
await browser.close();
await server.close();

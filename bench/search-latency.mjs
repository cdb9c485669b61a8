// Time from typing a query into the search page to the first result on screen, in headless
// Chromium against the built dist/ served on 127.0.0.1. Prints figures; asserts nothing.
//   npm run build && node bench/search-latency.mjs [runs]
import { launchBrowser } from '../tests/support/browser.mjs';
import { serveStatic } from '../tests/support/static-server.mjs';

const runs = Number(process.argv[2] ?? 5);
const queries = { en: ['Tiger', 'export controls', 'Raimondo', 'BYD', 'Nvidia'], zh: ['虎式坦克', '出口管制', '比亚迪', '英伟达', '雷蒙多'] };
const server = await serveStatic({ root: 'dist', base: process.env.BASE_PATH ?? '/' });
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const [locale, terms] of Object.entries(queries)) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(); // a fresh cache: the first query pays for loading the index
    const page = await context.newPage();
    await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}search/`);
    await page.waitForSelector('.pagefind-ui__search-input');
    for (const [i, term] of terms.entries()) {
      await page.fill('.pagefind-ui__search-input', '');
      await page.waitForTimeout(50);
      const ms = await page.evaluate(async (term) => {
        const input = document.querySelector('.pagefind-ui__search-input');
                const start = performance.now();
        input.value = term;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return new Promise((resolve) => {
          // Done when the message names this query: results shown, or an honest "no results".
          const check = () => {
            if (document.querySelector('.pagefind-ui__message')?.textContent?.includes(term)) resolve(performance.now() - start);
            else if (performance.now() - start > 10_000) resolve(Number.NaN);
            else requestAnimationFrame(check);
          };
          check();
        });
      }, term);
      (i === 0 ? cold : warm).push(ms);
    }
    await context.close();
  }
  console.log(
    `search ${locale}: first query (index cold) median ${median(cold).toFixed(0)} ms; later queries median ${median(warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms (${runs} runs x ${terms.length} queries)`,
  );
}
await browser.close();
await server.close();

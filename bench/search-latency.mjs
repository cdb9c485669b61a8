// Time from the last keystroke of a query to its results on the search page, per language, in
// headless Chromium against the built dist/ served on 127.0.0.1. Each query is typed a key at a
// time, as a reader types, so Pagefind preloads the index for the word while it is being typed;
// the clock starts at the last key's input event and stops when the page has drawn the results
// (or its "no results" line) for the whole query. It also counts the Pagefind index chunks
// fetched after the last key (a chunk the typing did not preload), then the cost of Pagefind's
// search() and data() per query with the index loaded. Prints figures; asserts nothing.
//   npm run build && node bench/search-latency.mjs [runs]
//   DIST=/path/to/another/build node bench/search-latency.mjs [runs]   (to compare two builds)
import { launchBrowser } from '../tests/support/browser.mjs';
import { serveStatic } from '../tests/support/static-server.mjs';

const runs = Number(process.argv[2] ?? 5);
const keyDelayMs = 120; // a brisk typist
const queries = {
  en: ['Tiger', 'export controls', 'Raimondo', 'BYD', 'Nvidia'],
  zh: ['虎式坦克', '出口管制', '比亚迪', '英伟达', '雷蒙多'],
};
const server = await serveStatic({ root: process.env.DIST ?? 'dist', base: process.env.BASE_PATH ?? '/' });
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Arms a clock in the page that starts at the query's last input event and stops when the page
 * shows the query's results; resolves once armed, to a function that waits for the reading.
 */
async function armClock(page, term) {
  await page.evaluate((term) => {
    window.benchResult = new Promise((resolve) => {
      let lastKey = 0;
      let lastKeyAt = 0;
      const onInput = () => {
        lastKey = performance.now();
        lastKeyAt = Date.now();
      };
      document.addEventListener('input', onInput, { capture: true });
      const list = document.getElementById('search-results');
      const observer = new MutationObserver(() => {
        if (list.dataset.query !== term) return;
        observer.disconnect();
        document.removeEventListener('input', onInput, { capture: true });
        resolve({ ms: performance.now() - lastKey, lastKeyAt });
      });
      observer.observe(list, { attributes: true, attributeFilter: ['data-query'], childList: true });
      setTimeout(() => resolve({ ms: Number.NaN, lastKeyAt: 0 }), 15_000);
    });
  }, term);
  return () => page.evaluate(() => window.benchResult);
}

// The languages take turns within each run, so a change in the machine's load weighs on both alike.
const stats = Object.fromEntries(Object.keys(queries).map((locale) => [locale, { cold: [], warm: [], lateChunks: 0 }]));
for (let run = 0; run < runs; run++) {
  for (const [locale, terms] of Object.entries(queries)) {
    const { cold, warm } = stats[locale];
    const context = await browser.newContext(); // a fresh cache: the first query also loads Pagefind and its index
    const chunkFetches = []; // when each index chunk was requested (Date.now, the clock the page uses too)
    const page = await context.newPage();
    // Pagefind searches in a web worker; the context sees the worker's requests too.
    context.on('request', (request) => {
      if (/\/pagefind\/index\//.test(request.url())) chunkFetches.push(Date.now());
    });
    await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}search/`);
    for (const [i, term] of terms.entries()) {
      await page.fill('#search-input', '');
      await page.waitForTimeout(300);
      const done = await armClock(page, term);
      await page.locator('#search-input').pressSequentially(term, { delay: keyDelayMs });
      const { ms, lastKeyAt } = await done();
      (i === 0 ? cold : warm).push(ms);
      if (i > 0) stats[locale].lateChunks += chunkFetches.filter((at) => at >= lastKeyAt).length;
    }
    await context.close();
  }
}
for (const [locale, terms] of Object.entries(queries)) {
  const { cold, warm, lateChunks } = stats[locale];
  console.log(
    `search ${locale}: last keystroke to results, median ${median(warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms (${runs} runs x ${terms.length - 1} queries); first query on a fresh page ${median(cold).toFixed(0)} ms; index chunks fetched after the last key: ${lateChunks}`,
  );
}

// The whole query in one input event, as when a Chinese reader commits a word from an input
// method (or anyone pastes), on a page where Pagefind has loaded but nothing was searched yet:
// nothing was preloaded while typing, so the index chunks and result fragments come after it.
const atOnce = Object.fromEntries(Object.keys(queries).map((locale) => [locale, { ms: [], lateChunks: 0 }]));
for (let run = 0; run < Math.min(runs, 3); run++) {
  for (const [locale, terms] of Object.entries(queries)) {
    for (const term of terms) {
      const context = await browser.newContext();
      const chunkFetches = [];
      context.on('request', (request) => {
        if (/\/pagefind\/index\//.test(request.url())) chunkFetches.push(Date.now());
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}search/`);
      await page.waitForTimeout(1500); // the reader looks at the page; Pagefind loads
      await page.locator('#search-input').focus();
      const done = await armClock(page, term);
      await page.keyboard.insertText(term);
      const { ms, lastKeyAt } = await done();
      atOnce[locale].ms.push(ms);
      atOnce[locale].lateChunks += chunkFetches.filter((at) => at >= lastKeyAt).length;
      await context.close();
    }
  }
}
for (const [locale, { ms, lateChunks }] of Object.entries(atOnce)) {
  console.log(
    `search ${locale}: whole query in one input (input method or paste) to results, median ${median(ms).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms (${ms.length} queries); index chunks fetched after it: ${lateChunks}`,
  );
}

// Where the time goes once the index is loaded: Pagefind's search() and data() for the first ten
// results, called from the page on the same Pagefind module (and worker) the search page uses.
for (const [locale, terms] of Object.entries(queries)) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${locale === 'zh' ? 'zh/' : ''}search/`);
  const bundle = await page.locator('#search-form').getAttribute('data-bundle');
  // Sent as source text, so the dynamic import runs in the page as written.
  const rows = await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${bundle}pagefind.js`)});
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const rows = [];
    for (const term of ${JSON.stringify(terms)}) {
      const first = await pagefind.search(term); // loads the chunks and the fragments
      await Promise.all(first.results.slice(0, 10).map((r) => r.data()));
      const search = [];
      const data = [];
      for (let i = 0; i < 7; i++) {
        let t = performance.now();
        const response = await pagefind.search(term);
        search.push(performance.now() - t);
        t = performance.now();
        await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
        data.push(performance.now() - t);
      }
      rows.push(term + ': search() ' + median(search).toFixed(1) + ' ms, data() x10 ' + median(data).toFixed(1) + ' ms');
    }
    return rows;
  })()`);
  console.log(`search ${locale}, index loaded, median of 7: ${rows.join('; ')}`);
  await page.close();
}
await browser.close();
await server.close();

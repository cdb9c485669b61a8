// Lighthouse (mobile settings) against the Chromium the tests use (tests/support/browser.mjs) over the built dist/ on 127.0.0.1:
// the four category scores and LCP / CLS / TBT for one page of each main kind. Prints figures.
//   npm run build && node bench/lighthouse.mjs
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readdirSync } from 'node:fs';
import { resolveChromium } from '../tests/support/browser.mjs';
import { serveStatic } from '../tests/support/static-server.mjs';

const first = (dir) => readdirSync(`dist/${dir}`, { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const pages = {
  home: '',
  explainer: `explainers/${first('explainers')}/`,
  claim: `claims/${first('claims')}/`,
  // A query with results in each language (the Chinese pages write Nvidia as 英伟达).
  search: { '': 'search/?q=Nvidia', 'zh/': `search/?q=${encodeURIComponent('英伟达')}` },
};
const server = await serveStatic({ root: 'dist', base: process.env.BASE_PATH ?? '/' });
const browser = await resolveChromium();
const chrome = await chromeLauncher.launch({
  chromePath: browser.path,
  chromeFlags: ['--headless=new', ...browser.args.filter((a) => !a.startsWith('--headless'))],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
try {
  for (const [kind, route] of Object.entries(pages)) {
    for (const prefix of ['', 'zh/']) {
      const url = `${server.url}${prefix}${typeof route === 'string' ? route : route[prefix]}`;
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
      console.log(
        `${`${prefix}${kind}`.padEnd(13)} perf ${score('performance')}  a11y ${score('accessibility')}  best ${score('best-practices')}  seo ${score('seo')}  | LCP ${audit('largest-contentful-paint')}  CLS ${audit('cumulative-layout-shift')}  TBT ${audit('total-blocking-time')}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

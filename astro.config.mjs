// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { CSP_DIRECTIVES, inlineScriptHashes, securityHeaders } from './src/integrations/security-headers.ts';
import { structuredDataCheck } from './src/integrations/structured-data-check.ts';

/**
 * The one place the site's address is set. Both come from the environment so the same source
 * builds for any host:
 *   SITE_URL   absolute origin used in canonical links, hreflang, JSON-LD and feeds
 *   BASE_PATH  sub-path the site is served under, e.g. /factcheck/ (default /)
 */
const site = process.env.SITE_URL ?? 'https://deepseek-factcheck.example';
/**
 * CONTACT_EMAIL  where readers report errors (shown on /methodology/ and /about/, and the "Report
 *                an error" link on every claim and explainer). The default is on the same reserved
 *                .example domain as SITE_URL, so nothing points at an inbox that is not ours.
 */
const contact = process.env.CONTACT_EMAIL ?? 'corrections@deepseek-factcheck.example';
if (!/^[^\s@<>"'?&]+@[^\s@<>"'?&]+\.[a-z]{2,}$/i.test(contact)) {
  throw new Error(`CONTACT_EMAIL: "${contact}" is not a plain email address (name@example.org)`);
}
const rawBase = process.env.BASE_PATH ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');

// A build of another content folder (tests, benchmark) keeps its content cache apart, so it can
// never serve stale records to a build of the real content/ folder, or the other way round.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-content/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  site,
  ...(cacheDir && { cacheDir }),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), structuredDataCheck(), pagefindIndex(), securityHeaders()],
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    plugins: [tailwindcss()],
    // The one setting the pages read that Astro does not carry itself (see buildContext()).
    define: { 'import.meta.env.CONTACT_EMAIL': JSON.stringify(contact) },
  },
  devToolbar: { enabled: false },
  // Every page gets a Content-Security-Policy <meta> tag: scripts and styles only from this site
  // or with a listed hash, no other host. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
  // The same policy goes to dist/_headers (src/integrations/security-headers.ts).
  // Shiki colours code with style attributes, which the CSP below refuses; fenced code is plain.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

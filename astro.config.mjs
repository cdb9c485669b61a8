// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { CSP_DIRECTIVES, inlineScriptHashes, securityHeaders } from './src/integrations/security-headers.ts';
import { structuredDataCheck } from './src/integrations/structured-data-check.ts';

/**
 * The site's settings, from the environment so the same source builds for any host. Astro checks
 * them against `env.schema` below (types, defaults, the URL form of SITE_URL) before it builds;
 * pages read CONTACT_EMAIL from `astro:env/server` (src/data/site-context.ts), and Astro carries
 * SITE_URL and BASE_PATH to them as `site` and `base`.
 *   SITE_URL       absolute origin used in canonical links, hreflang, JSON-LD and feeds
 *   BASE_PATH      sub-path the site is served under, e.g. /factcheck/ (default /)
 *   CONTACT_EMAIL  where readers report errors (shown on /methodology/ and /about/, and the
 *                  "Report an error" link on every claim and explainer). The defaults are on the
 *                  reserved .example domain, so nothing points at a site or an inbox not ours.
 */
const DEFAULTS = {
  SITE_URL: 'https://deepseek-factcheck.example',
  BASE_PATH: '/',
  CONTACT_EMAIL: 'corrections@deepseek-factcheck.example',
};
const SETTINGS = {
  SITE_URL: envField.string({ context: 'server', access: 'public', url: true, default: DEFAULTS.SITE_URL }),
  BASE_PATH: envField.string({ context: 'server', access: 'public', default: DEFAULTS.BASE_PATH }),
  CONTACT_EMAIL: envField.string({
    context: 'server',
    access: 'public',
    includes: '@',
    default: DEFAULTS.CONTACT_EMAIL,
  }),
};
// The config itself needs the site and base (Astro validates the schema after reading it).
const setting = (/** @type {keyof typeof DEFAULTS} */ name) => process.env[name] || DEFAULTS[name];
const site = setting('SITE_URL');
const base = `/${setting('BASE_PATH').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');

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
  },
  env: { schema: SETTINGS },
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

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

/**
 * The one place the site's address is set. Both come from the environment so the same source
 * builds for any host:
 *   SITE_URL   absolute origin used in canonical links, hreflang, JSON-LD and feeds
 *   BASE_PATH  sub-path the site is served under, e.g. /factcheck/ (default /)
 */
const site = process.env.SITE_URL ?? 'https://deepseek-factcheck.example';
const rawBase = process.env.BASE_PATH ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
});

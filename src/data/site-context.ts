/**
 * The settings of the build being made, read where Astro provides them and passed down to the
 * pure functions in src/lib: the site and base from astro.config.mjs (SITE_URL, BASE_PATH), the
 * corrections address from astro:env (CONTACT_EMAIL, typed and validated by the env schema in
 * astro.config.mjs).
 */
import { CONTACT_EMAIL } from 'astro:env/server';
import type { SiteContext } from '../lib/structured-data/context';

export function buildContext(): SiteContext {
  return {
    site: import.meta.env.SITE ?? 'https://localhost',
    base: import.meta.env.BASE_URL ?? '/',
    contact: CONTACT_EMAIL,
  };
}

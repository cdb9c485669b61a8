/**
 * The terms under which the site may be reused, defined once: our writing and data (pages, claim
 * reviews, claims.json, claims.csv, figure data) under CC BY 4.0, as Our World in Data does; the
 * code under MIT. The full texts are in public/LICENSE.txt, served at /LICENSE.txt.
 */
export const CONTENT_LICENCE = {
  spdx: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const CODE_LICENCE = {
  spdx: 'MIT',
  name: 'MIT',
  url: 'https://opensource.org/license/mit',
} as const;

/** Where the full licence texts are, under the base path. */
export const LICENCE_FILE = 'LICENSE.txt';

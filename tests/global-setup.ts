import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { astroBuild } from './support/astro-build';
import { DIST, SUB_BASE, SUB_DIST } from './support/paths';

/**
 * Build-output and browser tests read the real build: `npm test` runs `npm run build` first.
 * The sub-path build (the same content served under SUB_BASE) is made here, once per run.
 */
export default async function setup() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you).');
  }
  await rm(SUB_DIST, { recursive: true, force: true });
  const result = astroBuild({ basePath: SUB_BASE, outDir: SUB_DIST });
  if (result.status !== 0) throw new Error(`The sub-path build failed:\n${result.output}`);
}

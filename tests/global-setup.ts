import { existsSync, readFileSync } from 'node:fs';
import { DIST, SUB_BASE, SUB_DIST } from './support/paths';

/**
 * Build-output and browser tests read the real builds, which `npm test` (tests/run.sh) makes
 * first: `npm run build` (dist/) and `npm run build:sub-path` (the same content under SUB_BASE).
 * This only checks that both are there, and that the sub-path build has the base the tests expect.
 */
export default function setup() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you).');
  }
  const subHome = `${SUB_DIST}/index.html`;
  if (!existsSync(subHome)) {
    throw new Error(`${SUB_DIST} has no build: run \`npm run build:sub-path\` first (npm test does it for you).`);
  }
  if (!readFileSync(subHome, 'utf8').includes(`href="${SUB_BASE}`)) {
    throw new Error(
      `The sub-path build in ${SUB_DIST} was not built under ${SUB_BASE}: see build:sub-path in package.json.`,
    );
  }
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * The environment for a child `astro` process. Vitest exports its own import.meta.env values
 * (BASE_URL, MODE, NODE_ENV=test...) into process.env; a child would take them for its own, so
 * they are dropped.
 */
export function astroEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
  return Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' });
}

/** Runs `astro build` as a user would, with the given content folder, base path and out dir. */
export function astroBuild(options: { contentDir?: string; basePath?: string; outDir: string }): BuildResult {
  const env = astroEnv();
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  if (options.basePath) env.BASE_PATH = options.basePath;
  const result = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.outDir],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, TMP } from './paths';

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

const LOCK = resolve(TMP, 'astro-build.lock');

/**
 * Runs `fn` while holding a lock folder, waiting for it if another test file holds it. Two
 * `astro build` runs from one project overlap in `.astro/` (the content modules of one build were
 * seen in the other), and Vitest runs test files side by side, so builds take turns. A lock older
 * than ten minutes is left from a killed run and is taken over.
 */
function withBuildLock<T>(fn: () => T): T {
  mkdirSync(TMP, { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 100);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs `astro build` as a user would, with the given content folder, base path and out dir, one
 * build at a time.
 */
export function astroBuild(options: { contentDir?: string; basePath?: string; outDir: string }): BuildResult {
  return withBuildLock(() => runAstroBuild(options));
}

function runAstroBuild(options: { contentDir?: string; basePath?: string; outDir: string }): BuildResult {
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

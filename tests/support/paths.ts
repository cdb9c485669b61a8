import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = resolve(ROOT, 'dist');
export const TMP = resolve(ROOT, 'tests/.tmp');
/** The sub-path build made by global-setup, served under SUB_BASE. */
export const SUB_DIST = resolve(TMP, 'dist-sub');
export const SUB_BASE = '/fact-check/deepseek/';
/** The content folder the dist/ build was made from (CONTENT_DIR, as in content.config.ts). */
export const CONTENT = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');

/**
 * Builds the Pagefind search index (extended build: Chinese word segmentation) into the output
 * folder at the end of every `astro build`, so any build, including a sub-path build, is
 * searchable. Pagefind keys one index per language on each page's <html lang>.
 *
 * Pagefind runs as a child process. It is closed whatever happens, so a failed step fails the
 * build with Pagefind's own words instead of leaving its process behind.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger.fork('pagefind'));
      },
    },
  };
}

/** Indexes the built site in `root` into `root/pagefind/`. */
export async function indexSite(root: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { index } = checked(await pagefind.createIndex({}), 'could not start', logger);
    const { page_count } = checked(await index.addDirectory({ path: root }), 'could not index the pages', logger);
    // A build always has pages; an index of none is a broken search, not an empty one.
    if (page_count === 0) throw new Error(`found no HTML pages in ${root}`);
    checked(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'could not write its index', logger);
    logger.info(`indexed ${page_count} pages into pagefind/`);
  } catch (cause) {
    throw new Error(`Pagefind failed, so the site has no search index: ${(cause as Error).message}`, { cause });
  } finally {
    await pagefind.close();
  }
}

/** Every Pagefind response carries `errors`; any error fails the step, each one logged. */
function checked<T extends { errors: string[] }>(
  response: T,
  step: string,
  logger: AstroIntegrationLogger,
): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(error);
    throw new Error(`${step}: ${response.errors.join('; ')}`);
  }
  return response as Required<T>;
}

/**
 * Runs the JSON-LD validator over the finished build, so a bad ClaimReview fails `astro build`
 * itself, naming the page and the property. It reads files already on disk: a few ms per page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatJsonLdProblem, validateJsonLd } from '../lib/structured-data/validate';

export function structuredDataCheck(): AstroIntegration {
  let site = 'https://localhost';
  let base = '/';
  return {
    name: 'structured-data-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => {
            const file = relative(root, join(d.parentPath, d.name));
            return { path: `${base}${file.replace(/index\.html$/, '')}`, html: readFileSync(join(root, file), 'utf8') };
          });
        const report = validateJsonLd(pages, site);
        if (report.problems.length > 0) {
          throw new Error(
            `Structured data has ${report.problems.length} problem(s):\n${report.problems.map((p) => `  - ${formatJsonLdProblem(p)}`).join('\n')}`,
          );
        }
        const summary = Object.entries(report.counts)
          .map(([type, n]) => `${n} ${type}`)
          .join(', ');
        logger.info(`${report.blocks} JSON-LD blocks on ${pages.length} pages valid (${summary})`);
      },
    },
  };
}

/**
 * The Content-Security-Policy, in two forms that say the same thing:
 *
 * - Astro's built-in CSP (`security.csp` in astro.config.mjs) writes it as a <meta> tag on every
 *   page, with hashes of the scripts and styles Astro bundles. The site's few inline scripts live
 *   as files in src/scripts/inline/; `inlineScriptHashes` hashes those same files, and the
 *   components print them unchanged (`?raw`), so a hash and its script cannot drift apart.
 * - After the build, this integration reads the policy back from the pages and writes it, with
 *   the other security headers, to `_headers` for hosts that read one (Netlify, Cloudflare
 *   Pages). It fails the build if two pages carry different policies, since the file has one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INLINE_DIR = fileURLToPath(new URL('../scripts/inline/', import.meta.url));

/** `sha256-…` for each inline script file, in the form CSP and `security.csp` take. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return readdirSync(INLINE_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map(
      (f) =>
        `sha256-${createHash('sha256')
          .update(readFileSync(join(INLINE_DIR, f)))
          .digest('base64')}` as const,
    );
}

/**
 * The directives besides script-src and style-src, which Astro writes itself. Pagefind needs
 * two things beyond 'self': WebAssembly compilation ('wasm-unsafe-eval', in astro.config.mjs)
 * and a same-origin worker (worker-src 'self').
 */
export const CSP_DIRECTIVES: `${'default-src' | 'object-src' | 'base-uri' | 'form-action' | 'worker-src'} ${string}`[] =
  ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'"];

/** Headers sent with every file. frame-ancestors is ignored in a <meta> policy, so it is added here. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
} as const;
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The CSP <meta> content of a page, or null when it has none. */
export function metaPolicy(html: string): string | null {
  return (
    META_CSP.exec(html)?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

/** The text of the `_headers` file: one rule for every path under the base. */
export function headersFile(policy: string, base: string): string {
  const csp = [policy.replace(/;\s*$/, ''), ...HEADER_ONLY_DIRECTIVES].join('; ');
  const lines = [
    `${base}*`,
    `  Content-Security-Policy: ${csp}`,
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.html'))
          .map((d) => relative(root, join(d.parentPath, d.name)));
        const policies = new Map<string, string[]>();
        for (const page of pages) {
          const policy = metaPolicy(readFileSync(join(root, page), 'utf8'));
          if (!policy) throw new Error(`security-headers: ${page} has no Content-Security-Policy meta tag`);
          policies.set(policy, [...(policies.get(policy) ?? []), page]);
        }
        if (policies.size !== 1) {
          const groups = [...policies.values()]
            .map((files) => `${files.length} page(s) such as ${files[0]}`)
            .join('; ');
          throw new Error(`security-headers: pages carry different policies (${groups}); _headers can hold only one`);
        }
        const [policy] = policies.keys();
        writeFileSync(join(root, '_headers'), headersFile(policy!, base));
        logger.info(`one policy on ${pages.length} pages, written with the security headers to _headers`);
      },
    },
  };
}

/**
 * The Content-Security-Policy in the real builds (root and sub-path): one policy on every page,
 * no 'unsafe-inline' and no other host, a hash for every inline script and style the pages
 * carry, nothing the policy would block (style or event-handler attributes), and the same policy
 * with the other security headers in `_headers`.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metaPolicy, SECURITY_HEADERS } from '../../src/integrations/security-headers';
import { loadPages } from '../support/dist';
import { readHeadersFile } from '../support/headers-file';
import { DIST, SUB_BASE, SUB_DIST } from '../support/paths';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe.each([
  { name: 'root build', dist: DIST, base: '/' },
  { name: 'sub-path build', dist: SUB_DIST, base: SUB_BASE },
])('$name', ({ dist, base }) => {
  const pages = loadPages(dist, base);
  const policies = pages.map((p) => ({ page: p, policy: metaPolicy(p.html) }));

  it('gives every page one Content-Security-Policy meta tag, the same on every page', () => {
    for (const p of pages)
      expect(p.doc.querySelectorAll('meta[http-equiv="content-security-policy"]').length, p.file).toBe(1);
    expect(new Set(policies.map((p) => p.policy)).size).toBe(1);
  });

  it("allows scripts and styles only from the site itself or by hash: no 'unsafe-inline', no other host", () => {
    const policy = directives(policies[0]!.policy!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        // Keywords and hashes are quoted; a bare word would be a host or a scheme such as data:.
        expect(source, `${name} ${source}`).toMatch(/^'(self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/);
      }
    }
  });

  it('lists the hash of every inline script and style on every page (JSON-LD is data, not a script)', () => {
    for (const { page, policy } of policies) {
      const scriptSrc = directives(policy!).get('script-src')!;
      const styleSrc = directives(policy!).get('style-src')!;
      const inline = page.doc
        .querySelectorAll('script:not([src])')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline.length, page.file).toBeGreaterThan(0);
      for (const script of inline)
        expect(scriptSrc, `${page.file}: ${script.rawText.slice(0, 60)}`).toContain(sha256(script.rawText));
      for (const style of page.doc.querySelectorAll('style'))
        expect(styleSrc, page.file).toContain(sha256(style.rawText));
    }
  });

  it('carries nothing the policy would block: no style attribute, no event-handler attribute', () => {
    const blocked: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes))
          if (name === 'style' || /^on[a-z]+$/.test(name)) blocked.push(`${page.file}: <${el.tagName} ${name}>`);
      }
    }
    expect(blocked).toEqual([]);
  });

  it('writes the same policy and the security headers to _headers, for every path under the base', () => {
    const rules = readHeadersFile(dist);
    expect(rules.map((r) => r.pattern)).toEqual([`${base}*`]);
    const headers = rules[0]!.headers;
    expect(headers['Content-Security-Policy']).toBe(
      `${policies[0]!.policy!.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
    );
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  /** A path, or a path prefix ending in `*`. */
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file (Netlify / Cloudflare Pages format): a path line, then indented `Name: value` lines. */
export function readHeadersFile(dist: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a host would send for a path: every matching rule's, later rules last. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (p: string) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p);
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern)).map((r) => r.headers));
}

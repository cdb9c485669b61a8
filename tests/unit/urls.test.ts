import { describe, expect, it } from 'vitest';
import { absoluteUrl, localePath, routes } from '../../src/lib/urls';

describe('localePath', () => {
  it('puts English at the root and Chinese under /zh/, with trailing slashes', () => {
    expect(localePath('en', routes.home(), '/')).toBe('/');
    expect(localePath('zh', routes.home(), '/')).toBe('/zh/');
    expect(localePath('en', routes.claim('x'), '/')).toBe('/claims/x/');
    expect(localePath('zh', routes.claim('x'), '/')).toBe('/zh/claims/x/');
  });

  it('prefixes the base path once, whatever its slashes', () => {
    expect(localePath('zh', routes.person('p'), '/sub/path/')).toBe('/sub/path/zh/people/p/');
    expect(localePath('en', routes.home(), '/sub/')).toBe('/sub/');
  });

  it('leaves file names without a trailing slash', () => {
    expect(localePath('en', 'claims.json', '/sub/')).toBe('/sub/claims.json');
  });

  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/sub/zh/', 'https://example.org')).toBe('https://example.org/sub/zh/');
  });
});

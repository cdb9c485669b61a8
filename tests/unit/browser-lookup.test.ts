import { describe, expect, it } from 'vitest';
import { pickChromium, SYSTEM_CHROMIUM_PATHS } from '../support/browser.mjs';

/** A file system with exactly these files. */
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('pickChromium: the order in which the tests look for a browser', () => {
  it('takes CHROMIUM_PATH first when the file exists', () => {
    const choice = pickChromium({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      platform: 'linux',
      arch: 'x64',
      exists: only('/opt/my/chrome', '/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'env', path: '/opt/my/chrome' });
  });

  it('falls through to a system Chromium when CHROMIUM_PATH names no file', () => {
    const choice = pickChromium({
      env: { CHROMIUM_PATH: '/nope' },
      platform: 'linux',
      arch: 'x64',
      exists: only('/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'system', path: '/usr/bin/chromium' });
  });

  it('finds Chrome at its macOS install path', () => {
    const mac = SYSTEM_CHROMIUM_PATHS.darwin[0]!;
    expect(pickChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: only(mac) })).toEqual({
      kind: 'system',
      path: mac,
    });
  });

  it('uses the bundled Chromium on Linux when nothing is installed', () => {
    expect(pickChromium({ env: {}, platform: 'linux', arch: 'x64', exists: only() })).toEqual({ kind: 'bundled' });
    expect(pickChromium({ env: {}, platform: 'linux', arch: 'arm64', exists: only() })).toEqual({ kind: 'bundled' });
  });

  it('CHROMIUM_PATH=bundled forces the bundled browser even where a system one exists', () => {
    const choice = pickChromium({
      env: { CHROMIUM_PATH: 'bundled' },
      platform: 'linux',
      arch: 'x64',
      exists: only('/usr/bin/chromium'),
    });
    expect(choice).toEqual({ kind: 'bundled' });
  });

  it('reports everything it tried when no browser can be had', () => {
    const choice = pickChromium({ env: { CHROMIUM_PATH: '/nope' }, platform: 'darwin', arch: 'x64', exists: only() });
    expect(choice.kind).toBe('none');
    const tried = 'tried' in choice ? choice.tried.join('\n') : '';
    expect(tried).toContain('CHROMIUM_PATH=/nope');
    expect(tried).toContain('/Applications/Google Chrome.app');
    expect(tried).toContain('@sparticuz/chromium');
  });
});

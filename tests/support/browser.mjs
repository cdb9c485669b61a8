// Finds a Chromium and launches it through playwright-core. No browser is ever downloaded at run
// time: the lookup takes, in order,
//   1. CHROMIUM_PATH, a path to a Chrome or Chromium binary ("bundled" forces step 3);
//   2. a system Chromium or Chrome at its usual Linux or macOS install path;
//   3. the headless Chromium shipped inside the @sparticuz/chromium npm package, which `npm ci`
//      installs as a dev dependency (Linux x64 and arm64).
// Only when all three fail does it throw, saying what it tried.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const SYSTEM_CHROMIUM_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** The bundled browser ships for Linux only; elsewhere step 3 is unavailable. */
export const BUNDLED_PLATFORMS = ['linux'];
export const BUNDLED_ARCHS = ['x64', 'arm64'];

/**
 * Decides which browser to use, without launching it. Pure apart from the `exists` probe, so the
 * order can be unit-tested.
 * @param {{ env?: Record<string, string | undefined>, platform?: string, arch?: string, exists?: (path: string) => boolean }} [options]
 * @returns {{ kind: 'env' | 'system' | 'bundled', path?: string } | { kind: 'none', tried: string[] }}
 */
export function pickChromium({
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  exists = existsSync,
} = {}) {
  const requested = env.CHROMIUM_PATH;
  const bundledHere = BUNDLED_PLATFORMS.includes(platform) && BUNDLED_ARCHS.includes(arch);
  if (requested === 'bundled') {
    return bundledHere
      ? { kind: 'bundled' }
      : { kind: 'none', tried: [`CHROMIUM_PATH=bundled (no bundled Chromium for ${platform}/${arch})`] };
  }
  const tried = [];
  if (requested) {
    if (exists(requested)) return { kind: 'env', path: requested };
    tried.push(`CHROMIUM_PATH=${requested} (no such file)`);
  }
  for (const path of SYSTEM_CHROMIUM_PATHS[platform] ?? []) {
    if (exists(path)) return { kind: 'system', path };
    tried.push(path);
  }
  if (bundledHere) return { kind: 'bundled' };
  tried.push(
    `@sparticuz/chromium (ships for ${BUNDLED_PLATFORMS.join('/')} ${BUNDLED_ARCHS.join('/')} only, this is ${platform}/${arch})`,
  );
  return { kind: 'none', tried };
}

// Without the background-networking flags Chromium keeps trying to reach Google's hosts.
const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Resolves the choice to an executable and the launch arguments it needs. */
export async function resolveChromium(options) {
  const choice = pickChromium(options);
  if (choice.kind === 'none') {
    throw new Error(
      `No Chromium or Chrome found. Tried:\n  - ${choice.tried.join('\n  - ')}\n` +
        'Install Chrome or Chromium, or point CHROMIUM_PATH at one (see README, "Browser for the tests").',
    );
  }
  const args = ['--no-sandbox', ...QUIET_ARGS];
  if (choice.kind !== 'bundled') return { ...choice, args };
  // The package is a dev dependency; it unpacks its brotli-compressed binary into the temp folder
  // on first use (about 1.5 s) and reuses it afterwards. Its own suggested flags are for AWS
  // Lambda (--single-process, --disable-web-security, ...): they would break multiple contexts and
  // switch off the very security checks the tests look at, so only the usual flags are passed.
  const require = createRequire(import.meta.url);
  const { default: bundled } = await import(require.resolve('@sparticuz/chromium'));
  return { kind: 'bundled', path: await bundled.executablePath(), args };
}

/**
 * Chromium draws Chinese only with a CJK font, and a fresh machine may have none. Every browser
 * the tests launch is therefore given a fontconfig file that adds Noto Sans SC from the
 * @expo-google-fonts npm package to the fonts fontconfig knows. Chromium then finds it by its
 * per-character fallback wherever the page's own fonts lack a glyph; Latin text keeps its usual
 * font. Nothing is installed on the machine. (A web font injected into the page would not do: Chromium caches its fallback
 * choice for text laid out before the font arrives, and that text stays as empty boxes.)
 */
export function cjkFontconfig() {
  const require = createRequire(import.meta.url);
  const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  const dirs = [join(fontDir, '..', '400Regular'), join(fontDir, '..', '700Bold')];
  const system = existsSync('/etc/fonts/fonts.conf')
    ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
    : '<dir>/usr/share/fonts</dir>';
  const conf = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>${system}${dirs
    .map((d) => `<dir>${d}</dir>`)
    .join('')}<cachedir>${join(tmpdir(), 'deepseek-factcheck-fontconfig-cache')}</cachedir></fontconfig>`;
  const dir = join(tmpdir(), 'deepseek-factcheck-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, conf);
  return file;
}

/** Launches the chosen browser headless, with the CJK font available. */
export async function launchBrowser(options) {
  const { path, args } = await resolveChromium(options);
  return chromium.launch({
    executablePath: path,
    headless: true,
    args,
    env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() },
  });
}

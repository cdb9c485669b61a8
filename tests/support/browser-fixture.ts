import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

export interface BrowserFixture {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveStatic>>;
}

/** One Chromium and one static server over `root` for the test file, closed after it. */
export function useBrowserAndServer(root: string, base = '/'): BrowserFixture {
  const fixture = {} as BrowserFixture;
  beforeAll(async () => {
    fixture.browser = await launchBrowser();
    fixture.server = await serveStatic({ root, base });
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

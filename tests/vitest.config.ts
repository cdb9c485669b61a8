import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Three projects, by what a test needs (tests/run.sh runs them in the order that keeps both
    // cores busy):
    // - source: the pure functions and the content/ files; no build;
    // - site: the real build in dist/ and the sub-path build, read as files (build/) and driven
    //   in Chromium (browser/); the global setup checks both builds are there;
    // - fixture-builds: tests that run `astro build` on fixture content of their own.
    projects: [
      { extends: true, test: { name: 'source', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
      { extends: true, test: { name: 'fixture-builds', include: ['tests/fixture-builds/**/*.test.ts'] } },
    ],
    // Two files at a time, modules kept between the files of a worker (no test mocks anything):
    // the browser suites wait on Chromium much of the time, which the other files' work fills.
    // Measured on the 2-core machine, quiet (tests/README.md, "Time").
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

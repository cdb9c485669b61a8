import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Two files at a time: a browser test spends much of its time waiting on Chromium, which the
    // other file's work fills. Measured on the 2-core machine, quiet: Vitest 104 s with two workers
    // against 145 s one file at a time (tests/README.md).
    fileParallelism: true,
    maxWorkers: 3,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

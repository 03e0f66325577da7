import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the whole day in Debian's Chromium against the production
 * build, served the way `npm start` serves it. Not part of `npm test` (it needs a
 * browser and a build); `.ci/run` runs it after `npm test`.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: '.',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    // One browser at a time: the machine has 2 shared cores and every file drives several pages.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Two cores: one database-backed file per core.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // What a test waits for (a page's focus, a live update) may take seconds on a shared 2-core
    // machine running both engines' suites; a poll ends as soon as it holds, so only a failure waits this long.
    expect: { poll: { timeout: 10_000 } },
  },
});

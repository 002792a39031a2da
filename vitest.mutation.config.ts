// The test run that StrykerJS repeats for every mutant (`npm run mutation`, stryker.config.json):
// only the tests of the mutated code, src/domain and src/text — test/domain and test/text —,
// with the embedded database's template for the few that need a database, and no web bundle
// or browser. Not part of `npm test`.

import { defineConfig } from 'vitest/config';

// MUTATION_TESTS=domain: only test/domain (with --mutate 'src/domain/**/*.ts': the decider's score
// from its own tests, without the text tests' longer first run).
const only = process.env.MUTATION_TESTS;

export default defineConfig({
  test: {
    include: only === 'domain' ? ['test/domain/**/*.test.ts'] : ['test/domain/**/*.test.ts', 'test/text/**/*.test.ts'],
    globalSetup: ['test/template-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

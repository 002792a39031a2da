// StrykerJS (mutation testing): `npm run mutation` changes src/domain and src/text one small
// mutation at a time and runs their tests (test/domain, test/text: vitest.mutation.config.ts);
// a mutant no test notices "survives". Not part of `npm test`. Reports: reports/mutation/
// (index.html, mutation.json), git-ignored. One part only:
//   MUTATION_TESTS=domain npm run mutation -- --mutate 'src/domain/**/*.ts'
// The development machine has two cores shared with other work: one test process by default
// (--concurrency 2 on an idle machine). Incremental: a re-run tests only the mutants whose code
// or tests changed since reports/stryker-incremental.json (--force for all).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/domain/**/*.ts', 'src/text/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A "static" mutant changes a value computed when a module loads (the decider's tables, labels,
  // default policy): each would need the whole test run, some 1,800 of them in src/domain alone
  // (~5 h on this machine). They are left out of the score; the tables that decide (COMMAND_ROLES,
  // COMMAND_STATES …) are pinned by tests written out by hand instead (test/domain/ticket.test.ts).
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 60_000,
  // The first run (every test, with coverage per test) takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  cleanTempDir: 'always',
  // The sandbox copy needs the sources, the tests of src/domain and src/text and the holiday data.
  ignorePatterns: ['/data', '/web', '/bench', '/docs', '/test-artifacts', '/dist', '/.ci', '/test/e2e', '/test/api'],
};

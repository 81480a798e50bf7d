// Mutation testing of the code that protects learners (issue: tests that catch the bugs that matter).
// `npm run mutation` runs it incrementally (only mutants touched since the last run are tested again),
// writes reports/mutation/mutation.html, and with `-- --json` prints a summary.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: (
    process.env.MUTATE ??
    [
      'src/grading/llm/*.ts',
      'src/grading/embedded/embedded-grader.ts',
      'src/grading/overall-score.ts',
      'src/grading/fallback-grader.ts',
      'src/storage/*.ts',
      'src/scenario/practice-session.machine.ts',
      'src/scenario/parse-scenario.ts',
    ].join(',')
  )
    .split(',')
    .concat(['!**/*.test.ts']),
  coverageAnalysis: 'perTest',
  incremental: true,
  // A narrowed run (MUTATE=…) keeps its own incremental file, so it does not drop the other files' results.
  incrementalFile: process.env.MUTATE
    ? `reports/incremental/${process.env.MUTATE.replace(/[^\w.-]+/g, '_')}.json`
    : 'reports/stryker-incremental.json',
  reporters: ['html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
};

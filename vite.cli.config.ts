import { defineConfig } from 'vite';

// Builds the Node command-line tools in cli/ over the same grading code the app uses.
// Node 20 cannot run TypeScript directly, so the tools are bundled first.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    rolldownOptions: {
      input: {
        bench: 'cli/bench.ts',
        eval: 'cli/eval.ts',
        grade: 'cli/grade.ts',
        versions: 'cli/versions.ts',
        'fit-levels': 'cli/fit-levels.ts',
        'generate-history': 'cli/generate-history.ts',
        'scenarios-check': 'cli/scenarios-check.ts',
        'scenarios-schema': 'cli/scenarios-schema.ts',
        'simulate-month': 'cli/simulate-month.ts',
      },
      output: { entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true },
});

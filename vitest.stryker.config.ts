// Vitest as Stryker runs it: the project's config, or with TESTS=a,b only those test files (Stryker's own
// `testFiles` option leaves its static mutants with no test to run under the Vitest runner).
import { defineConfig } from 'vitest/config';
import base from './vite.config';

const only = process.env.TESTS?.split(',');
const isDom = (file: string) => file.endsWith('.tsx') || /^src\/(app|features|storage|ui)\//.test(file);

export default only
  ? defineConfig({
      ...base,
      test: {
        ...base.test,
        projects: base.test!.projects!.map((project) => {
          const p = project as { test: { name: string; include: string[] } };
          const mine = only.filter((f) => (p.test.name === 'dom') === isDom(f));
          return { ...p, test: { ...p.test, include: mine.length ? mine : ['no-test-files-here'] } };
        }),
      },
    })
  : base;

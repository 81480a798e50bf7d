/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { scenarioYaml } from './vite-plugins/scenario-yaml.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), scenarioYaml()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  test: {
    // Worker threads start faster than forked processes on this 2-core machine.
    pool: 'threads',
    css: false,
    restoreMocks: true,
    // Two environments: the browser's (a DOM, localStorage, React Testing Library) for the UI and
    // storage, and plain Node for the grader and the scenario logic, which need neither and start
    // faster without them.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.tsx', 'src/{app,features,storage,ui}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./src/test/setup-node.ts'],
          include: ['src/{grading,scenario,test}/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});

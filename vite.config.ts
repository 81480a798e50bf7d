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
    environment: 'happy-dom',
    // Worker threads start faster than forked processes on this 2-core machine.
    pool: 'threads',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});

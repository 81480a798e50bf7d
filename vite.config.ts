/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { scenarioYaml } from './vite-plugins/scenario-yaml.ts';
import { scenarioIndex } from './vite-plugins/scenario-index.ts';
import { contentSecurityPolicy } from './vite-plugins/content-security-policy.ts';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    scenarioYaml(),
    scenarioIndex(),
    contentSecurityPolicy(),
    // Installable, and fully offline after the first visit: the app shell, every scenario (bundled),
    // the grader's worker and its language model are precached. A new version waits for the learner
    // (registerType 'prompt'), so an update never reloads the page in the middle of a conversation.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Rapport',
        short_name: 'Rapport',
        description: 'Practise the conversations that build professional relationships. Local-first, works offline.',
        theme_color: '#3730a3',
        background_color: '#fafaf9',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The grader's worker carries its language model (about 4 MB); the default limit is 2 MiB.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  worker: { format: 'es' },
  // dist/.vite/manifest.json: which chunks each page loads, read by `npm run size`.
  build: { manifest: true },
  test: {
    // Worker threads start faster than forked processes on this 2-core machine, and both cores are
    // used (Vitest's default leaves one free: 54 s instead of 38 s here).
    pool: 'threads',
    maxWorkers: '100%',
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

import { defineConfig, devices } from '@playwright/test';

// A dedicated port, so a stray dev server on 4173 is never reused by mistake.
const PORT = 4317;

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  // A stray test.only would silently skip the rest; on CI it fails the run instead.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, screenshot: 'only-on-failure', trace: 'off' },
  projects: [
    {
      name: 'system-chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // A stand-in OpenAI-compatible endpoint for the LLM tests.
      command: 'node tests/e2e/mock-llm-server.mjs',
      url: 'http://127.0.0.1:4319/__health',
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});

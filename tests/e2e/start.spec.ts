import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The README's first command, as a newcomer runs it: it must serve the app and print where,
// with no browser to open and no error (an earlier `--open=false` opened ".../false" or crashed on xdg-open).
test('npm start serves the app, prints its URL, and says nothing alarming', async ({ page }) => {
  test.setTimeout(90_000);
  const child = spawn('npm', ['start', '--', '--port', '4341', '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, BROWSER: undefined, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so npm's child (vite) stops with it
  });
  let out = '';
  // Colours split the URL into pieces: read the text as a person sees it.
  // eslint-disable-next-line no-control-regex
  const plain = (d: unknown) => String(d).replace(/\x1b\[[0-9;]*m/g, '');
  child.stdout.on('data', (d) => (out += plain(d)));
  child.stderr.on('data', (d) => (out += plain(d)));
  try {
    await expect.poll(() => out, { timeout: 60_000 }).toMatch(/http:\/\/127\.0\.0\.1:4341\//);
    expect(out).not.toMatch(/error|ENOENT|\/false/i);
    await page.goto('http://127.0.0.1:4341/');
    await expect(page.getByRole('heading', { name: "Today's practice" })).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toBe('http://127.0.0.1:4341/');
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
});

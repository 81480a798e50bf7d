// `npm run bench:progress [-- --json]`: ten years of daily practice (3,650 conversations, about
// 11,000 graded replies) imported into Chromium on a production build; measures the import, the
// progress page's render and the export. Targets: progress page ≤ 300 ms, export ≤ 1 s, import ≤ 3 s.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const json = process.argv.includes('--json');
const PORT = 4320;
const base = `http://127.0.0.1:${PORT}`;
const log = (...a) => !json && console.log(...a);

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const file = join(dir, 'history-10y.json');
log('Building and generating ten years of practice…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: json ? 'ignore' : 'inherit' });
execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
  stdio: json ? 'ignore' : 'inherit',
});
execFileSync('node', ['dist-cli/generate-history.mjs', file], { stdio: json ? 'ignore' : 'inherit' });

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

// Import through the app, as a learner would.
await page.goto(`${base}/settings`);
let t = Date.now();
await page.getByLabel('Import an export').setInputFiles(file);
await page.getByText(/^Imported history-10y\.json/).waitFor({ timeout: 120_000 });
const importMs = Date.now() - t;
const attempts = await page.evaluate(async () => {
  const open = indexedDB.open('rapport');
  const db = await new Promise((res) => (open.onsuccess = () => res(open.result)));
  // Attempts are stored a month per row: count the items of every month.
  const all = db.transaction('summaryMonths').objectStore('summaryMonths').getAll();
  return new Promise(
    (res) => (all.onsuccess = () => res(all.result.reduce((n, m) => n + JSON.parse(m.json).length, 0))),
  );
});

// The progress page: from the click on "Progress" until its charts and list are on screen.
async function timeProgress() {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: "Today's practice" }).waitFor();
  // As a learner would: the home page has settled (the app fetches other pages' code when idle).
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        const done = () =>
          document.querySelector('[data-testid="skill-chart"] .recharts-line-curve') &&
          document.querySelector('[aria-label="Attempts"] li');
        const tick = () =>
          done() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(tick);
        [...document.querySelectorAll('a')].find((a) => a.textContent === 'Progress').click();
        tick();
      }),
  );
}
const progressRuns = [];
for (let i = 0; i < 4; i++) progressRuns.push(await timeProgress());
const progressMs = progressRuns.slice(1).sort((a, b) => a - b)[1];

// Export everything.
await page.goto(`${base}/settings`);
await page.getByRole('button', { name: 'Export everything (JSON)' }).waitFor();
t = Date.now();
const [download] = await Promise.all([
  page.waitForEvent('download'),
  page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
]);
const exportMs = Date.now() - t;
await download.path();

await browser.close();
stop();

const report = {
  progress_page_ms: Math.round(progressMs),
  progress_page_first_ms: Math.round(progressRuns[0]),
  export_ms: exportMs,
  import_ms: importMs,
  attempts,
};
if (json) console.log(JSON.stringify(report));
else {
  console.log(`${attempts} replies in the database`);
  console.log(
    `progress page: ${report.progress_page_ms} ms (median of 3 warm loads; first load ${report.progress_page_first_ms} ms) · target ≤ 300 ms`,
  );
  console.log(`export: ${exportMs} ms · target ≤ 1,000 ms`);
  console.log(`import: ${importMs} ms · target ≤ 3,000 ms`);
}
process.exit(0);

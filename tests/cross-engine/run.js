// `npm run e2e:engines [-- --no-build] [-- --engines chromium,firefox,webkit]`: the smoke journey of journey.js
// in each engine, one after the other, against a production build served by `vite preview`. Prints each engine's
// version, the time from Send to the first score and the total; a failure names the engine and the step, and
// the run exits 1. --no-build serves dist/ as it is (CI has just built it) instead of building into a
// temporary folder, which leaves dist/ to the Chromium e2e tests.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journey } from './journey.js';
import { createPage } from './page.js';
import { startChromium } from './drivers/chromium.js';
import { startFirefox } from './drivers/firefox.js';
import { startWebKit } from './drivers/webkit.js';

const PORT = 4327;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const VIEWPORT = { width: 1280, height: 900 };
const SCREENSHOTS = 'test-results/cross-engine';
const DRIVERS = { chromium: startChromium, firefox: startFirefox, webkit: startWebKit };

const args = process.argv.slice(2);
const enginesAt = args.indexOf('--engines');
const engines = enginesAt >= 0 ? (args[enginesAt + 1] ?? '').split(',') : Object.keys(DRIVERS);
const unknown = engines.filter((e) => !(e in DRIVERS));
if (unknown.length) {
  console.error(`unknown engine ${unknown.join(', ')}; known: ${Object.keys(DRIVERS).join(', ')}`);
  process.exit(2);
}

const started = performance.now();
rmSync(SCREENSHOTS, { recursive: true, force: true });
const ms = (/** @type {number} */ t) => `${Math.round(t)} ms`;
let outDir = 'dist';
if (!args.includes('--no-build')) {
  outDir = mkdtempSync(join(tmpdir(), 'rapport-engines-'));
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { detached: true, stdio: 'ignore' },
);
const stopServer = () => {
  try {
    process.kill(-(/** @type {number} */ (server.pid)), 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopServer);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));
await waitForServer();

let passed = 0;
let failed = 0;
/** @type {Map<string, { engine: string, feedback: string }[]>} engines' feedback, by the opening line they saw */
const feedbackByOpening = new Map();
for (const engine of engines) {
  const t0 = performance.now();
  /** @type {import('./page.js').Driver | undefined} */
  let driver;
  let step = 'start the browser';
  try {
    driver = await DRIVERS[/** @type {keyof typeof DRIVERS} */ (engine)](VIEWPORT);
    const page = createPage(driver, { baseURL: BASE_URL, screenshotDir: SCREENSHOTS });
    /** @type {import('./journey.js').Notes} */
    const notes = {};
    for (const s of journey) {
      step = s.name;
      await s.run(page, notes);
    }
    const seen = feedbackByOpening.get(notes.opening ?? '') ?? [];
    feedbackByOpening.set(notes.opening ?? '', [...seen, { engine, feedback: notes.feedback ?? '' }]);
    passed += 1;
    console.log(
      `ok   ${engine}: ${driver.version} · first score ${ms(notes.firstScoreMs ?? NaN)} after Send ` +
        `(sent ${ms((notes.sentAt ?? NaN) - (notes.openedAt ?? NaN))} after the conversation opened) · ` +
        `total ${ms(performance.now() - t0)}`,
    );
  } catch (e) {
    failed += 1;
    console.error(`FAIL ${engine} › ${step}: ${e instanceof Error ? e.message : e}`);
    if (driver) {
      const shot = `${SCREENSHOTS}/${engine}-failed.png`;
      await driver.screenshot(shot).then(
        () => console.error(`     screenshot: ${shot} (${driver?.version})`),
        () => {},
      );
    }
  } finally {
    await driver?.close().catch(() => {});
  }
}
// The grader runs in each engine's JavaScript: where engines disagree (a sort comparator, a regular expression,
// Intl), the same reply gets different feedback.
for (const [opening, runs] of feedbackByOpening) {
  const distinct = new Set(runs.map((r) => r.feedback));
  if (runs.length > 1 && distinct.size > 1) {
    failed += 1;
    console.error(`FAIL ${runs.map((r) => r.engine).join(', ')} disagree on the feedback to the same reply:`);
    for (const r of runs) console.error(`     ${r.engine}: ${r.feedback}`);
  } else if (runs.length > 1) {
    passed += 1;
    console.log(`ok   same feedback in ${runs.map((r) => r.engine).join(', ')} (opening "${opening.slice(0, 60)}…")`);
  }
}
console.log(`\ncross-engine: ${passed} passed, ${failed} failed (${ms(performance.now() - started)})`);
process.exit(failed ? 1 : 0);

async function waitForServer() {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const up = await fetch(BASE_URL).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${BASE_URL}`);
}

// Measures the JavaScript the first page (/) loads, raw and gzipped, from a production build served
// by `vite preview`. Usage: npm run build && npx vite preview --port 4317 & node scripts/first-page-size.mjs
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4317';
const browser = await launchChromium();
const page = await browser.newPage();
// Idle-time prefetching would race the first render; hold it until the page is on screen.
await page.addInitScript(() => {
  const queued = [];
  window.requestIdleCallback = (cb) => queued.push(cb);
  window.__releaseIdle = () => queued.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 }));
});
const files = new Set();
let rendered = false;
page.on('response', (r) => {
  const path = new URL(r.url()).pathname;
  // Only what the first page needs to appear; code fetched afterwards, when idle, is not counted.
  if (path.endsWith('.js') && !rendered) files.add(path);
});
await page.goto(base + '/');
await page.getByRole('heading', { name: "Today's practice" }).waitFor();
await page.getByTestId('streak-days').waitFor();
rendered = true;
const later = new Set();
page.on('response', (r) => new URL(r.url()).pathname.endsWith('.js') && later.add(new URL(r.url()).pathname));
await page.evaluate(() => window.__releaseIdle());
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
await browser.close();
const gzipKb = (paths) =>
  +([...paths].reduce((n, f) => n + gzipSync(readFileSync('dist' + f)).length, 0) / 1024).toFixed(1);
let raw = 0;
let gz = 0;
for (const f of files) {
  const buf = readFileSync('dist' + f);
  raw += buf.length;
  gz += gzipSync(buf).length;
}
console.log(
  JSON.stringify({
    files: files.size,
    raw_kb: +(raw / 1024).toFixed(1),
    gzip_kb: +(gz / 1024).toFixed(1),
    fetched_later_when_idle: [...later].map((f) => f.split('/').pop()),
    later_gzip_kb: gzipKb(later),
  }),
);

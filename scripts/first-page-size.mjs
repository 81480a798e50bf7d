// Measures the JavaScript the first page (/) loads, raw and gzipped, from a production build served
// by `vite preview`. Usage: npm run build && npx vite preview --port 4317 & node scripts/first-page-size.mjs
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4317';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
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
await page.waitForLoadState('networkidle');
await browser.close();
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
  }),
);

// Takes screenshots of the main pages for review and for the README: node scripts/screenshots.mjs [baseURL] [outDir]
import { launchChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4317';
const out = process.argv[3] ?? 'docs';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(base + '/');
await page.getByRole('heading', { name: "Today's practice" }).waitFor();
await page.screenshot({ path: `${out}/today.png`, fullPage: true });
await page.goto(base + '/practice/networking-industry-event');
await page.getByRole('button', { name: 'Start the conversation' }).waitFor();
await page.screenshot({ path: `${out}/briefing.png`, fullPage: true });
await page.getByRole('button', { name: 'Start the conversation' }).click();
await page
  .getByLabel('Your reply')
  .fill(
    "Yes, I was! I'm Sam, I run operations at a 3PL in Antwerp. I'd love to hear about the pilot: what were you hoping to show before time ran out?",
  );
await page.getByRole('button', { name: 'Send reply' }).click();
await page.getByTestId('feedback').waitFor();
await page.screenshot({ path: `${out}/feedback.png`, fullPage: true });
await page.goto(base + '/progress');
await page.getByRole('heading', { name: 'Progress' }).waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/progress.png`, fullPage: true });
await browser.close();

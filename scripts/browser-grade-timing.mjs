// Time from "Send reply" to feedback on screen, in Chromium against a production build served by
// `vite preview` on port 4317: the first grade (worker and NLP start-up) and warm ones.
import { launchChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4317';
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(base + '/practice/networking-industry-event');
await page.getByRole('button', { name: 'Start the conversation' }).click();
const times = [];
for (let i = 0; i < 6; i++) {
  await page
    .getByLabel('Your reply')
    .fill(`I was! I'm Sam. What did you want to show about the pilot before time ran out? (${i})`);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.getByTestId('feedback').waitFor();
  times.push(Date.now() - t0);
  await page.getByRole('button', { name: 'Retry this moment' }).click();
}
await browser.close();
const warm = times.slice(1).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    first_grade_ms: times[0],
    warm_median_ms: warm[Math.floor(warm.length / 2)],
    warm_max_ms: warm.at(-1),
  }),
);

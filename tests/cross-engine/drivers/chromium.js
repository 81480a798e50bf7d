// Chromium through Playwright: the system Chromium, launched as by the other browser scripts.
import { launchChromium } from '../../../scripts/chromium.mjs';

/** @param {{ width: number, height: number }} viewport @returns {Promise<import('../page.js').Driver>} */
export async function startChromium(viewport) {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (css) => page.click(css),
    // Keystrokes, as in the other engines, so the grader warms up for as long in each.
    async type(css, text) {
      await page.focus(css);
      await page.keyboard.type(text);
    },
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    errors: () => errors,
    close: () => browser.close(),
  };
}

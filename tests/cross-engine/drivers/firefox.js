// Firefox ESR over WebDriver BiDi with puppeteer-core: geckodriver is not packaged by Debian, and Playwright
// needs its own patched Firefox, while BiDi is built into the Firefox that Debian ships.
import puppeteer from 'puppeteer-core';

/** @param {{ width: number, height: number }} viewport @returns {Promise<import('../page.js').Driver>} */
export async function startFirefox(viewport) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: viewport,
  });
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return {
    engine: 'firefox',
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (css) => page.locator(css).click(),
    // Keystrokes, as a learner types: Locator.fill sets a long value directly, which React does not see.
    async type(css, text) {
      await page.focus(css);
      await page.keyboard.type(text);
    },
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    errors: () => errors,
    close: () => browser.close(),
  };
}

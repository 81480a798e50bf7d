// The engine-neutral page the journey talks to. Elements are found by one script run inside the page (role and
// accessible name, label, test id or text), the same in every engine, because WebDriver classic has no query by
// role; the driver then acts on the element it marked with its own native click and typing.
import { mkdirSync } from 'node:fs';

/**
 * What a driver gives: navigation, a script run in the page (a function and one JSON argument, its JSON result),
 * native actions on a CSS selector, a screenshot, and the page errors it can see itself.
 * @typedef {{
 *   engine: string,
 *   version: string,
 *   goto: (url: string) => Promise<void>,
 *   reload: () => Promise<void>,
 *   evaluate: (fn: (arg: any) => any, arg: unknown) => Promise<any>,
 *   click: (css: string) => Promise<void>,
 *   type: (css: string, text: string) => Promise<void>,
 *   screenshot: (path: string) => Promise<void>,
 *   errors: () => string[],
 *   close: () => Promise<void>,
 * }} Driver
 */

/**
 * @typedef {{ role?: string, name?: string, label?: string, testId?: string, text?: string,
 *   has?: string, within?: Query }} Query
 * @typedef {string | RegExp | ((text: string) => boolean)} TextExpectation
 * @typedef {{ text: string, count: number }} Found
 */

const TIMEOUT_MS = Number(process.env.CROSS_ENGINE_TIMEOUT_MS ?? 20_000);
const POLL_MS = 50;

/**
 * Runs in the page: finds the first visible element matching the query, marks it with data-cross-engine so the
 * driver can address it by CSS, and returns its text. Also keeps the page's own errors, for engines whose driver
 * cannot report them (WebKit over WebDriver classic), from the first query in each document on.
 * @param {{ query: Query, mark: string }} arg
 */
function locateInPage({ query, mark }) {
  const w = /** @type {any} */ (window);
  if (!w.__crossEngineErrors) {
    w.__crossEngineErrors = [];
    addEventListener('error', (e) => w.__crossEngineErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.__crossEngineErrors.push(String(e.reason)));
  }
  // Implicit roles of the elements the app uses; an explicit role attribute wins.
  const roles = {
    button: 'button, input[type="submit"], input[type="button"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
    textbox: 'textarea, input:not([type]), input[type="text"]',
    figure: 'figure',
    navigation: 'nav',
    list: 'ol, ul',
    group: 'fieldset',
    tab: '',
  };
  const norm = (/** @type {string | null | undefined} */ s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (/** @type {Element} */ el) =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : norm(el.textContent);
  // A simplified accessible name: aria-labelledby, aria-label, a <label>, then the content for roles named by it.
  const nameOf = (/** @type {Element} */ el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return norm(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const labels = /** @type {any} */ (el).labels;
    if (labels?.length) return norm([...labels].map((l) => l.textContent).join(' '));
    return ['button', 'link', 'heading', 'tab'].includes(query.role ?? '') ? norm(el.textContent) : '';
  };
  const visible = (/** @type {Element} */ el) =>
    el.getClientRects().length > 0 && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true }));
  /** @param {Query} q @param {ParentNode} root */
  const find = (q, root) => {
    let candidates;
    if (q.testId) candidates = root.querySelectorAll(`[data-testid="${q.testId}"]`);
    else if (q.label) candidates = root.querySelectorAll('input, textarea, select, [role="textbox"]');
    else if (q.role) {
      const implicit = /** @type {Record<string, string>} */ (roles)[q.role];
      candidates = [...root.querySelectorAll(`[role="${q.role}"]${implicit ? `, ${implicit}` : ''}`)].filter(
        (el) => !el.hasAttribute('role') || el.getAttribute('role') === q.role,
      );
    } else candidates = root.querySelectorAll('body *');
    return [...candidates].filter(
      (el) =>
        visible(el) &&
        (q.label === undefined || nameOf(el) === q.label) &&
        (q.name === undefined || nameOf(el) === q.name) &&
        (q.text === undefined ||
          (textOf(el).includes(q.text) && ![...el.children].some((c) => textOf(c).includes(q.text ?? '')))) &&
        (q.has === undefined || [...el.querySelectorAll(q.has)].some(visible)),
    );
  };
  const root = query.within ? find(query.within, document)[0] : document;
  const matches = root ? find(query, root) : [];
  const el = matches[0];
  document.querySelectorAll('[data-cross-engine]').forEach((e) => e.removeAttribute('data-cross-engine'));
  el?.setAttribute('data-cross-engine', mark);
  return { found: !!el, text: el ? textOf(el) : '', count: matches.length, errors: w.__crossEngineErrors };
}

const describe = (/** @type {Query} */ q) =>
  [
    q.role && `${q.role} "${q.name ?? ''}"`,
    q.label && `labelled "${q.label}"`,
    q.testId && `test id "${q.testId}"`,
    q.text && `text "${q.text}"`,
    q.has && `with ${q.has}`,
    q.within && `in ${describe(q.within)}`,
  ]
    .filter(Boolean)
    .join(' ');

/** @param {string} text @param {TextExpectation} want */
const meets = (text, want) =>
  typeof want === 'string' ? text.includes(want) : want instanceof RegExp ? want.test(text) : want(text);

/**
 * @param {Driver} driver
 * @param {{ baseURL: string, screenshotDir: string }} options
 */
export function createPage(driver, { baseURL, screenshotDir }) {
  let marks = 0;
  /** @type {string[]} */
  let inPageErrors = [];

  /**
   * Waits until the query finds a visible element (and its text meets the expectation); returns it and the CSS
   * selector that addresses it.
   * @param {Query} query
   * @param {{ text?: TextExpectation }} [expect]
   */
  async function waitFor(query, expect = {}) {
    const deadline = performance.now() + TIMEOUT_MS;
    let last;
    for (;;) {
      const mark = String(++marks);
      const result = await driver.evaluate(locateInPage, { query, mark });
      inPageErrors = [...new Set([...inPageErrors, ...result.errors])];
      last = result;
      if (result.found && (expect.text === undefined || meets(result.text, expect.text))) {
        return { text: /** @type {string} */ (result.text), css: `[data-cross-engine="${mark}"]` };
      }
      if (performance.now() > deadline) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const wanted = expect.text === undefined ? '' : `, with text ${expect.text}`;
    const seen = last.found ? `; found one with text "${last.text.slice(0, 200)}"` : '; found none';
    throw new Error(`waited ${TIMEOUT_MS} ms for ${describe(query)}${wanted}${seen}`);
  }

  return {
    waitFor,
    /** @param {string} path */
    goto: (path) => driver.goto(new URL(path, baseURL).href),
    reload: () => driver.reload(),
    /** Waits, up to 10 s, until the app's service worker is active (no-op where there is none). */
    serviceWorkerReady: () =>
      driver.evaluate(
        () =>
          'serviceWorker' in navigator
            ? Promise.race([
                navigator.serviceWorker.ready.then(() => true),
                new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
              ])
            : false,
        null,
      ),
    /** @param {Query} query */
    async click(query) {
      await driver.click((await waitFor(query)).css);
    },
    /** @param {Query} query @param {string} text */
    async fill(query, text) {
      await driver.type((await waitFor(query)).css, text);
      await waitFor(query, { text: (t) => t === text });
    },
    /** @param {string} name */
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true });
      await driver.screenshot(`${screenshotDir}/${driver.engine}-${name}.png`);
    },
    async expectNoErrors() {
      const errors = [...driver.errors(), ...inPageErrors];
      if (errors.length) throw new Error(`script errors in the page: ${errors.join(' | ')}`);
    },
  };
}

/** @typedef {ReturnType<typeof createPage>} Page */

// WebKitGTK through Debian's WebKitWebDriver (W3C WebDriver classic over HTTP), spoken with fetch: the few
// commands the journey needs do not justify a client library. The driver's MiniBrowser has no headless mode,
// so without a display it runs under xvfb-run.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

// The key W3C WebDriver uses for an element reference in JSON.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on this machine, for the driver to listen on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** @param {{ width: number, height: number }} viewport @returns {Promise<import('../page.js').Driver>} */
export async function startWebKit(viewport) {
  const port = await freePort();
  const command = ['WebKitWebDriver', `--port=${port}`];
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  // Its own process group, so closing ends Xvfb and the browser too.
  const child = spawn(
    display ? command[0] : 'xvfb-run',
    display ? command.slice(1) : ['-a', '-s', '-screen 0 1280x4096x24', ...command],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);

  const base = `http://127.0.0.1:${port}`;
  /** @param {string} method @param {string} path @param {unknown} [body] */
  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = /** @type {{ value: any }} */ (await response.json());
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  const deadline = performance.now() + 15_000;
  for (;;) {
    const ready = await call('GET', '/status').then(
      (v) => v.ready === true,
      () => false,
    );
    if (ready) break;
    if (performance.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr.trim() || 'no output'}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let session;
  try {
    session = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } },
    });
  } catch (e) {
    stop();
    throw e;
  }
  const s = `/session/${session.sessionId}`;
  await call('POST', `${s}/window/rect`, viewport);
  /** @param {string} css */
  const element = async (css) => (await call('POST', `${s}/element`, { using: 'css selector', value: css }))[ELEMENT];

  return {
    engine: 'webkit',
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    goto: async (url) => void (await call('POST', `${s}/url`, { url })),
    reload: async () => void (await call('POST', `${s}/refresh`, {})),
    // A function's source, called with its argument; WebDriver awaits a returned promise.
    evaluate: (fn, arg) => call('POST', `${s}/execute/sync`, { script: `return (${fn})(arguments[0])`, args: [arg] }),
    click: async (css) => void (await call('POST', `${s}/element/${await element(css)}/click`, {})),
    async type(css, text) {
      const id = await element(css);
      await call('POST', `${s}/element/${id}/clear`, {});
      await call('POST', `${s}/element/${id}/value`, { text });
    },
    // The whole page, as the other engines' full-page screenshots: WebKit captures only the viewport, so the
    // window grows to the page's height for the picture (Xvfb's screen is made tall enough for that).
    async screenshot(path) {
      const rect = await call('GET', `${s}/window/rect`);
      const [page, inner] = await this.evaluate(() => [document.documentElement.scrollHeight, innerHeight], null);
      await call('POST', `${s}/window/rect`, { width: rect.width, height: rect.height - inner + page });
      // Wait for the page to be laid out and painted at the new size, or the picture is black below the old one.
      await this.evaluate(
        (height) =>
          new Promise((resolve) => {
            const until = performance.now() + 2_000;
            const check = () =>
              innerHeight >= height || performance.now() > until
                ? requestAnimationFrame(() => requestAnimationFrame(resolve))
                : setTimeout(check, 20);
            check();
          }),
        page,
      );
      writeFileSync(path, Buffer.from(await call('GET', `${s}/screenshot`), 'base64'));
      await call('POST', `${s}/window/rect`, { width: rect.width, height: rect.height });
    },
    errors: () => [],
    async close() {
      await call('DELETE', s).catch(() => {});
      stop();
    },
  };
}

// `npm run size [-- --json] [-- --budget KB]`: builds for production and measures what the Today page
// loads before it is interactive: the entry chunk and everything it imports statically, plus the
// Today route's chunk and its static imports (routes are lazy; nothing fetched when idle counts).
// Prints { initial_js_gzip_kb, initial_css_gzip_kb, total_js_gzip_kb, worker_gzip_kb }; with --budget,
// exits 1 when the initial JavaScript is over it.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const outDir = 'dist';

if (!args.includes('--no-build')) execSync('npx vite build --manifest --logLevel error', { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8'));

const js = new Set();
const css = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const c of chunk.css ?? []) css.add(c);
  for (const i of chunk.imports ?? []) walk(i);
}
walk('index.html');
walk('src/app/routes/today-route.tsx');

const gz = (file) => gzipSync(readFileSync(`${outDir}/${file}`)).length;
const kb = (bytes) => +(bytes / 1024).toFixed(1);
const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
const allJs = readdirSync(`${outDir}/assets`)
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const worker = allJs.filter((f) => f.includes('.worker'));
const result = {
  initial_js_gzip_kb: kb(sum(js)),
  initial_css_gzip_kb: kb(sum(css)),
  total_js_gzip_kb: kb(sum(allJs)),
  worker_gzip_kb: kb(sum(worker)),
  initial_files: js.size,
  ...(budget !== null ? { budget_kb: budget } : {}),
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `Today page, before it is interactive: ${result.initial_js_gzip_kb} KB of JavaScript in ${js.size} files, ${result.initial_css_gzip_kb} KB of CSS (gzipped)`,
  );
  for (const f of [...js].sort((a, b) => gz(b) - gz(a))) console.log(`  ${f.padEnd(48)} ${kb(gz(f))} KB`);
  console.log(
    `All JavaScript: ${result.total_js_gzip_kb} KB; the grader's worker (with its language model): ${result.worker_gzip_kb} KB`,
  );
}
if (budget !== null && result.initial_js_gzip_kb > budget) {
  console.error(`The first page's JavaScript is ${result.initial_js_gzip_kb} KB, over the budget of ${budget} KB.`);
  process.exit(1);
}

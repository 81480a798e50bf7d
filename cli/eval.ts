/**
 * `npm run eval -- --data FILE [--experts CSV] [--json]`: how far the embedded grader's detectors
 * agree with human labels in a JSONL file (AnnoMI or ESConv, detected from the fields). The data
 * stays outside the project; pass its path.
 */
import { readFileSync } from 'node:fs';
import { evaluate, type Row } from './evaluate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dataPath = option('--data');
const expertsPath = option('--experts');
if (!dataPath || dataPath.startsWith('--') || expertsPath?.startsWith('--')) {
  console.error(
    'usage: npm run eval -- --data ../shared/data/annomi/annomi_dev.jsonl [--experts annomi_multiannotator_dev.csv] [--json]',
  );
  process.exit(2);
}

function fail(path: string, message: string): never {
  console.error(`${path}: ${message}`);
  process.exit(2);
}

let rows: Row[];
try {
  rows = readFileSync(dataPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
} catch (e) {
  fail(dataPath, (e as Error).message);
}
let expertsCsv: string | undefined;
try {
  expertsCsv = expertsPath === undefined ? undefined : readFileSync(expertsPath, 'utf8');
} catch (e) {
  fail(expertsPath!, (e as Error).message);
}

let result: ReturnType<typeof evaluate>;
try {
  result = evaluate(rows, { expertsCsv });
} catch (e) {
  fail(expertsPath && (e as Error).message.startsWith('missing column') ? expertsPath : dataPath, (e as Error).message);
}
const { format, report, tables } = result;

if (json) console.log(JSON.stringify({ data: dataPath, ...report }));
else {
  console.log(`${format} · ${rows.length} items · ${String(report.ms_per_item)} ms per item · ${dataPath}`);
  const show = (name: string, b: unknown) => console.log(`${name.padEnd(28)} ${JSON.stringify(b)}`);
  for (const [k, v] of Object.entries(report))
    if (!['format', 'items', 'ms_per_item'].includes(k)) show(k, k === 'question' ? omit(v, 'by_annotator') : v);
  for (const t of tables) console.log(`\n${t}`);
}

function omit(value: unknown, key: string): unknown {
  const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}

/**
 * `npm run eval -- --data FILE [--experts CSV] [--engine embedded|llm] [--json]`: how far the grader
 * agrees with human labels in a JSONL file (AnnoMI, ESConv or the coach-judged format, told apart by
 * their fields). The data stays outside the project; pass its path.
 *
 * `npm run eval -- --check [--data-dir DIR]`: the evaluation gate. Measures every dataset under DIR
 * (default `../shared/data`, or $RAPPORT_DATA) and exits 1 when a tracked figure falls below the
 * committed baseline `docs/eval-baseline.json` by more than the tolerance, or when `docs/grader.md`
 * does not show the baseline. `--update-baseline` writes both after a change that improves them. The gate also
 * grades the library's exemplars against every wording of their line (`--library` prints those figures alone).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate, type Row } from './evaluate';
import { evaluateCoach, isCoachFormat } from './coach-evaluate';
import { chooseGrader } from './engine';
import { wordingStability } from './exemplar-grades';
import { readScenarioFolder } from './scenario-folder';
import {
  drops,
  generatedBlock,
  renderFigures,
  replaceGenerated,
  TOLERANCE,
  trackedFigures,
  type Figures,
} from './eval-baseline';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const BASELINE = 'docs/eval-baseline.json';
const DOC = 'docs/grader.md';
/** The dev files the gate measures, relative to the data directory. */
const DATASETS: Record<string, { file: string; experts?: string }> = {
  annomi: { file: 'annomi/annomi_dev.jsonl', experts: 'annomi/annomi_multiannotator_dev.csv' },
  esconv: { file: 'esconv/esconv_dev.jsonl' },
  coach: { file: 'coach/coach_dev.jsonl' },
};

function fail(path: string, message: string): never {
  console.error(`${path}: ${message}`);
  process.exit(2);
}

function readRows(path: string): Row[] {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
  } catch (e) {
    fail(path, (e as Error).message);
  }
}

/** One dataset's report: the detectors' agreement for utterance sets, the levels' for coach sets. */
async function measure(dataPath: string, expertsPath: string | undefined, engine: string) {
  const rows = readRows(dataPath);
  if (isCoachFormat(rows[0])) {
    const grader = chooseGrader(engine);
    const started = performance.now();
    try {
      const report = await evaluateCoach(rows, (r) => grader.grade(r));
      return {
        dataset: 'coach',
        report: {
          format: 'coach',
          ...report,
          ms_per_item: Math.round(((performance.now() - started) / rows.length) * 1000) / 1000,
        } as Record<string, unknown>,
        tables: [] as string[],
      };
    } catch (e) {
      fail(dataPath, (e as Error).message);
    }
  }
  if (engine !== 'embedded') fail(dataPath, '--engine llm measures levels: give it a coach-judged file');
  let expertsCsv: string | undefined;
  try {
    expertsCsv = expertsPath === undefined ? undefined : readFileSync(expertsPath, 'utf8');
  } catch (e) {
    fail(expertsPath!, (e as Error).message);
  }
  try {
    const { format, report, tables } = evaluate(rows, { expertsCsv });
    return { dataset: format as string, report, tables };
  } catch (e) {
    fail(
      expertsPath && (e as Error).message.startsWith('missing column') ? expertsPath : dataPath,
      (e as Error).message,
    );
  }
}

async function gate(update: boolean) {
  const dir = resolve(option('--data-dir') ?? process.env.RAPPORT_DATA ?? '../shared/data');
  const current: Record<string, Figures> = {};
  const files: Record<string, string> = {};
  for (const [name, d] of Object.entries(DATASETS)) {
    const path = join(dir, d.file);
    if (!existsSync(path)) {
      console.log(`${name}: ${path} not found, not measured`);
      continue;
    }
    const experts = d.experts && existsSync(join(dir, d.experts)) ? join(dir, d.experts) : undefined;
    const { report } = await measure(path, experts, 'embedded');
    current[name] = trackedFigures(name, report);
    files[name] = d.file;
  }
  const external = Object.keys(current).length;
  // The library itself: its exemplars against every wording of their line (the project's own, always present).
  current.library = libraryFigures();
  files.library = 'scenarios/*.yaml: every exemplar against its line and each variant';
  if (external < Object.keys(DATASETS).length) {
    // A baseline written without them would forget their figures.
    if (update) fail(dir, 'every dataset must be there to update the baseline (set --data-dir or RAPPORT_DATA)');
    if (external === 0) console.log(`no dataset found under ${dir}: only the library is checked`);
  }
  if (update) {
    writeFileSync(BASELINE, JSON.stringify({ tolerance: TOLERANCE, files, figures: current }, null, 2) + '\n');
    writeFileSync(DOC, replaceGenerated(readFileSync(DOC, 'utf8'), renderFigures(current, files)));
    console.log(`wrote ${BASELINE} and the figures in ${DOC}`);
    return;
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as {
    files: Record<string, string>;
    figures: Record<string, Figures>;
  };
  const fell = drops(baseline.figures, current);
  let failed = false;
  for (const [dataset, figures] of Object.entries(current))
    for (const [figure, v] of Object.entries(figures)) {
      const b = baseline.figures[dataset]?.[figure];
      const mark = fell.some((d) => d.dataset === dataset && d.figure === figure)
        ? 'FELL'
        : b !== undefined && v > b + TOLERANCE
          ? 'rose'
          : '';
      console.log(
        `${dataset.padEnd(7)} ${figure.padEnd(40)} ${v.toFixed(3)}  baseline ${b === undefined ? '  -  ' : b.toFixed(3)}  ${mark}`,
      );
    }
  if (fell.length) {
    failed = true;
    console.error(
      `\n${fell.length} figure(s) fell by more than ${TOLERANCE}: ${fell.map((d) => `${d.dataset} ${d.figure} ${d.baseline} → ${d.now}`).join('; ')}`,
    );
  }
  const shown = generatedBlock(readFileSync(DOC, 'utf8'));
  if (shown !== renderFigures(baseline.figures, baseline.files).trim()) {
    failed = true;
    console.error(`\n${DOC} does not show the baseline's figures: run npm run eval -- --update-baseline`);
  }
  const rose = Object.entries(current).some(([d, f]) =>
    Object.entries(f).some(([k, v]) => v > (baseline.figures[d]?.[k] ?? Infinity) + TOLERANCE),
  );
  if (!failed && rose) console.log('\nSome figures rose: record them with npm run eval -- --update-baseline');
  if (failed) process.exit(1);
  console.log('\nevaluation gate: no tracked figure fell');
}

/** The gate's figures on the built-in library: how little a grade depends on the wording the learner heard. */
function libraryFigures(): Figures {
  const w = wordingStability(readScenarioFolder());
  // Higher is better for every tracked figure; the spread is shown by `npm run eval -- --library`.
  return {
    'wordings.replies_same': w['wordings.replies_same'],
    'wordings.levels_same': w['wordings.levels_same'],
    'exemplars.proficient': w.proficient,
  };
}

async function main() {
  if (args.includes('--check') || args.includes('--update-baseline')) return gate(args.includes('--update-baseline'));
  if (args.includes('--library')) {
    const w = wordingStability(readScenarioFolder());
    if (json) console.log(JSON.stringify(w));
    else
      for (const [k, v] of Object.entries(w)) console.log(`${k.padEnd(32)} ${Number.isInteger(v) ? v : v.toFixed(3)}`);
    return;
  }
  const dataPath = option('--data');
  const expertsPath = option('--experts');
  if (!dataPath || dataPath.startsWith('--') || expertsPath?.startsWith('--')) {
    console.error(
      'usage: npm run eval -- --data FILE [--experts annomi_multiannotator_dev.csv] [--engine embedded|llm] [--json]\n       npm run eval -- --check | --update-baseline [--data-dir ../shared/data]\n       npm run eval -- --library [--json]',
    );
    process.exit(2);
  }
  const { dataset, report, tables } = await measure(dataPath, expertsPath, option('--engine') ?? 'embedded');
  if (json) {
    console.log(JSON.stringify({ data: dataPath, ...report }));
    return;
  }
  console.log(`${dataset} · ${String(report.items)} items · ${String(report.ms_per_item)} ms per item · ${dataPath}`);
  const show = (name: string, b: unknown) => console.log(`${name.padEnd(28)} ${JSON.stringify(b)}`);
  if (dataset === 'coach') {
    for (const [k, v] of Object.entries(report.coach as object)) show(k, v);
    if (report.failed) show('failed', report.failed);
  } else
    for (const [k, v] of Object.entries(report))
      if (!['format', 'items', 'ms_per_item'].includes(k)) show(k, k === 'question' ? omit(v, 'by_annotator') : v);
  for (const t of tables) console.log(`\n${t}`);
}

function omit(value: unknown, key: string): unknown {
  const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
  return rest;
}

void main();

/**
 * `npm run scenarios:check [-- --json] [FILES...]`: validates scenario files (default: every
 * `scenarios/*.yaml`), then checks the content of each valid one (cli/scenario-lint.ts), and grades every exemplar
 * against its persona line and each variant (cli/exemplar-grades.ts). Prints
 * `file: path: message` per error and per finding, or with --json one object
 * `{ scenarios: [...], errors: [...], findings: [...] }`. Exits 1 when any file has either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatScenarioError, type ScenarioError } from '../src/scenario/parse-scenario';
import { parseScenarioText } from '../src/scenario/parse-scenario-file';
import { exemplarFindings } from './exemplar-grades';
import { lintScenario, type LintFinding } from './scenario-lint';

const args = process.argv.slice(2);
const json = args.includes('--json');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  files = readdirSync('scenarios')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join('scenarios', f));
}

const scenarios: {
  id: string;
  file: string;
  title: string;
  category: string;
  skills: string[];
  difficulty: number;
  beats: number;
  /** Beats that take a reply (every beat does: the debrief follows the reply to a closing beat). */
  reply_beats: number;
  /** Of those, how many carry at least one exemplar. */
  exemplars: number;
  /** How many carry other wordings of the persona's line. */
  variants: number;
}[] = [];
const errors: ScenarioError[] = [];
const findings: LintFinding[] = [];
const seen = new Map<string, string>();

for (const path of files) {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    if (statSync(path).size > 1_000_000) {
      errors.push({ file, path: '', message: 'file is larger than 1 MB; a scenario is a few kilobytes' });
      continue;
    }
    text = readFileSync(path, 'utf8');
  } catch (err) {
    errors.push({ file, path: '', message: `cannot read: ${(err as Error).message}` });
    continue;
  }
  const result = parseScenarioText(text, file);
  if (!result.ok) {
    errors.push(...result.errors);
    continue;
  }
  const s = result.scenario;
  const other = seen.get(s.id);
  if (other) {
    errors.push({ file, path: 'id', message: `"${s.id}" is already used by ${other}` });
    continue;
  }
  seen.set(s.id, file);
  findings.push(...lintScenario(s, file), ...exemplarFindings(s, file));
  scenarios.push({
    id: s.id,
    file,
    title: s.title,
    category: s.category,
    skills: s.skills,
    difficulty: s.difficulty,
    beats: s.beats.length,
    reply_beats: s.beats.length,
    exemplars: s.beats.filter((b) => b.exemplars?.length).length,
    variants: s.beats.filter((b) => b.variants?.length).length,
  });
}

// What a year of daily practice needs (issue: a deeper library): six per core theme at every
// difficulty, three for every other theme of professional relationships.
const CORE = ['networking', 'giving-feedback', 'admitting-mistakes'];
const OTHER = [
  'showing-interest',
  'offering-help',
  'celebrating-success',
  'common-ground',
  'receiving-feedback',
  'keeping-confidence',
  'disagreeing',
  'following-up',
  'building-trust',
  'asking-for-help',
];
const byTheme: Record<string, { total: number; by_difficulty: Record<string, number> }> = {};
for (const s of scenarios) {
  const t = (byTheme[s.category] ??= { total: 0, by_difficulty: { 1: 0, 2: 0, 3: 0 } });
  t.total += 1;
  t.by_difficulty[s.difficulty] = (t.by_difficulty[s.difficulty] ?? 0) + 1;
}
const short = [
  ...CORE.flatMap((c) => [
    ...((byTheme[c]?.total ?? 0) < 6 ? [`${c}: ${byTheme[c]?.total ?? 0} of 6`] : []),
    ...[1, 2, 3].filter((d) => !byTheme[c]?.by_difficulty[d]).map((d) => `${c}: no scenario at difficulty ${d}`),
  ]),
  ...OTHER.filter((c) => (byTheme[c]?.total ?? 0) < 3).map((c) => `${c}: ${byTheme[c]?.total ?? 0} of 3`),
];
const counts = { total: scenarios.length, by_theme: byTheme, minimums_met: short.length === 0, short_of: short };

if (json) {
  console.log(JSON.stringify({ counts, scenarios, errors, findings }));
} else {
  for (const e of [...errors, ...findings]) console.error(formatScenarioError(e));
  console.log(
    `${scenarios.length} valid scenario(s), ${errors.length} error(s), ${findings.length} content finding(s) in ${files.length} file(s).`,
  );
  if (short.length) console.log(`Library below its minimums: ${short.join('; ')}.`);
}
process.exitCode = errors.length || findings.length ? 1 : 0;

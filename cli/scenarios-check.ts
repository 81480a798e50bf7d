/**
 * `npm run scenarios:check [-- --json] [FILES...]`: validates scenario files (default: every
 * `scenarios/*.yaml`), then checks the content of each valid one (cli/scenario-lint.ts). Prints
 * `file: path: message` per error and per finding, or with --json one object
 * `{ scenarios: [...], errors: [...], findings: [...] }`. Exits 1 when any file has either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatScenarioError, type ScenarioError } from '../src/scenario/parse-scenario';
import { parseScenarioText } from '../src/scenario/parse-scenario-file';
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
  findings.push(...lintScenario(s, file));
  scenarios.push({
    id: s.id,
    file,
    title: s.title,
    category: s.category,
    skills: s.skills,
    difficulty: s.difficulty,
    beats: s.beats.length,
  });
}

if (json) {
  console.log(JSON.stringify({ scenarios, errors, findings }));
} else {
  for (const e of [...errors, ...findings]) console.error(formatScenarioError(e));
  console.log(
    `${scenarios.length} valid scenario(s), ${errors.length} error(s), ${findings.length} content finding(s) in ${files.length} file(s).`,
  );
}
process.exitCode = errors.length || findings.length ? 1 : 0;

// `npm run mutation [-- --json]`: StrykerJS over the guards (stryker.config.mjs; MUTATE=a,b narrows it),
// incrementally, then a summary of reports/mutation/mutation.json: the score (killed and timed out over
// all valid mutants), and per file.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const json = process.argv.includes('--json');
if (!process.argv.includes('--report-only')) execSync('npx stryker run', { stdio: json ? 'ignore' : 'inherit' });
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const tally = (mutants) => {
  const n = (s) => mutants.filter((m) => m.status === s).length;
  const killed = n('Killed');
  const timeout = n('Timeout');
  const survived = n('Survived');
  const noCoverage = n('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  return {
    mutation_score: valid ? +((100 * (killed + timeout)) / valid).toFixed(1) : null,
    killed,
    timeout,
    survived,
    no_coverage: noCoverage,
  };
};
const files = Object.entries(report.files);
const all = files.flatMap(([, f]) => f.mutants);
const summary = { ...tally(all), by_file: Object.fromEntries(files.map(([name, f]) => [name, tally(f.mutants)])) };
if (json) console.log(JSON.stringify(summary));
else {
  console.log(
    `mutation score ${summary.mutation_score} % (${summary.killed} killed, ${summary.timeout} timed out, ${summary.survived} survived, ${summary.no_coverage} not covered)`,
  );
  for (const [name, t] of Object.entries(summary.by_file))
    console.log(`  ${String(t.mutation_score).padStart(5)} %  ${name}`);
}

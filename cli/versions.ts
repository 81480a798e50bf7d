/**
 * `npm run versions`: regrades the golden corpus, writes `tests/data/golden/grades.jsonl`, and moves
 * the version of whatever changed (the rubric, the embedded grader, the LLM prompt) in
 * `src/grading/versions.json`. Run it after changing the grader; commit both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  contentHashes,
  GOLDEN_GRADES,
  goldenGrades,
  nextVersion,
  VERSIONS_FILE,
  type Component,
  type Versions,
} from './versions-lib';

const golden = goldenGrades();
const before = readFileSync(GOLDEN_GRADES, 'utf8');
writeFileSync(GOLDEN_GRADES, golden);
const changedGrades = golden.split('\n').filter((l, i) => l !== before.split('\n')[i]).length;

const versions = JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as Versions;
const hashes = contentHashes(golden);
const today = new Date().toISOString().slice(0, 10);
for (const c of ['rubric', 'embedded', 'prompt'] as Component[]) {
  if (versions[c].hash === hashes[c]) {
    console.log(`${c.padEnd(9)} ${versions[c].version} (unchanged)`);
    continue;
  }
  let version = nextVersion(versions[c].version, today);
  while (versions.history.some((h) => h.component === c && h.version === version))
    version = nextVersion(version, today);
  versions[c] = { version, hash: hashes[c] };
  versions.history.push({ component: c, version, hash: hashes[c] });
  console.log(`${c.padEnd(9)} → ${version}`);
}
writeFileSync(VERSIONS_FILE, JSON.stringify(versions, null, 2) + '\n');
console.log(`${changedGrades} golden grade line(s) changed; wrote ${GOLDEN_GRADES} and ${VERSIONS_FILE}`);

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHashes, GOLDEN_GRADES, goldenGrades, nextVersion, type Versions } from '../../cli/versions-lib';
import versions from './versions.json';

const v = versions as Versions;
const committedGolden = readFileSync(GOLDEN_GRADES, 'utf8');

describe('versions follow the content', () => {
  it('the golden corpus grades as the committed golden file says', () => {
    const now = goldenGrades().split('\n');
    const before = committedGolden.split('\n');
    const changed = now.map((line, i) => (line === before[i] ? null : line.slice(0, 160))).filter(Boolean);
    // When this fails on purpose: run `npm run versions`, read the diff of grades.jsonl, commit both files.
    expect(changed.slice(0, 5), `${changed.length} golden grade(s) changed: run npm run versions`).toEqual([]);
    expect(now.length).toBe(before.length);
    // Grades 316 replies on every criterion: about 1.5 s alone, more on a busy machine.
  }, 30_000);

  it('each version matches the hash of what it versions', () => {
    const hashes = contentHashes(committedGolden);
    for (const c of ['rubric', 'embedded', 'prompt'] as const)
      expect(
        { [c]: v[c].hash },
        `the ${c} changed but its version ${v[c].version} did not: run npm run versions`,
      ).toEqual({
        [c]: hashes[c],
      });
  });

  it('a version is never reused for other content', () => {
    for (const c of ['rubric', 'embedded', 'prompt'] as const) {
      const seen = v.history.filter((h) => h.component === c);
      expect(new Set(seen.map((h) => h.version)).size).toBe(seen.length);
      expect(seen.at(-1)).toEqual({ component: c, ...v[c] });
    }
  });

  it('moves a dated version by day and counter, a semantic one by a minor step', () => {
    expect(nextVersion('2026-11-27.3', '2026-11-29')).toBe('2026-11-29.1');
    expect(nextVersion('grade-2026-11-29.1', '2026-11-29')).toBe('grade-2026-11-29.2');
    expect(nextVersion('0.4.0', '2026-11-29')).toBe('0.5.0');
  });
});

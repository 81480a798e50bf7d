/**
 * Every beat's exemplar replies, graded on their moment against the persona's line (cli/exemplar-grades.ts): each
 * must be Proficient (3) or better on every criterion the moment grades. `npm run scenarios:check` grades them
 * against every variant of the line too (three times the work, so it runs in CI rather than in `npm test`).
 *
 * A miss means the exemplar or the grader is wrong: rewrite an exemplar that only answers, or teach the grader a
 * general form it under-reads (measured with `npm run eval`), never a list of exceptions.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exemplarMisses } from '../../cli/exemplar-grades';
import { readScenarioFolder } from '../../cli/scenario-folder';

const scenarios = readScenarioFolder(join(import.meta.dirname, '../../scenarios'));

describe('exemplar replies', () => {
  it('every beat of every built-in scenario has one or two', () => {
    const missing = scenarios.flatMap((s) => s.beats.filter((b) => !b.exemplars?.length).map((b) => `${s.id}/${b.id}`));
    expect(missing).toEqual([]);
  });

  it('are Proficient or better on everything their moment grades', () => {
    // Each miss reads "scenario/beat#n: criterion level", so a failure says which reply and where it falls short.
    const misses = scenarios.flatMap((s) =>
      exemplarMisses(s, { variants: false }).map(
        (m) =>
          `${s.id}/${s.beats[m.beat]!.id}#${m.exemplar + 1}: ${m.below.map((c) => `${c.id} ${c.level}`).join(', ')}`,
      ),
    );
    expect(misses).toEqual([]);
    // Grades every exemplar of the library (over 600): a few seconds, more on a busy machine.
  }, 60_000);
});

/**
 * Every beat's exemplar replies, graded on that beat as a learner would meet it: after a strong
 * conversation so far (the first exemplar of each beat on the shortest path from the start). Each
 * must be Proficient (3) or better on every criterion the moment grades. The exemplars were written
 * by the scenarios' authors, independent of the grader, so they are a regression corpus for it.
 *
 * A miss means the exemplar or the grader is wrong: rewrite an exemplar that only answers, or teach the grader a
 * general form it under-reads (measured with `npm run eval`), never a list of exceptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeEmbedded } from '../../src/grading/embedded/embedded-grader';
import { parseScenarioText } from '../../src/scenario/parse-scenario-file';
import { criteriaForBeat, DEBRIEF, type Scenario } from '../../src/scenario/scenario.schema';

const dir = join(import.meta.dirname, '../../scenarios');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const r = parseScenarioText(readFileSync(join(dir, f), 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not parse`);
    return r.scenario;
  });
/** The beats before each beat on the shortest path from the start. */
function pathsTo(s: Scenario): Map<string, string[]> {
  const paths = new Map<string, string[]>([[s.start, []]]);
  const queue = [s.start];
  while (queue.length) {
    const id = queue.shift()!;
    const beat = s.beats.find((b) => b.id === id)!;
    for (const { goto } of beat.branches)
      if (goto !== DEBRIEF && !paths.has(goto)) {
        paths.set(goto, [...paths.get(id)!, id]);
        queue.push(goto);
      }
  }
  return paths;
}

const cases = scenarios.flatMap((s) => {
  const paths = pathsTo(s);
  return s.beats.flatMap((beat) =>
    (beat.exemplars ?? []).map((reply, i) => ({
      key: `${s.id}/${beat.id}#${i + 1}`,
      grade: () => {
        const earlier = (paths.get(beat.id) ?? []).map((id) => s.beats.find((b) => b.id === id)!.exemplars?.[0] ?? '');
        const g = gradeEmbedded({
          reply,
          context: beat.persona,
          earlier: earlier.filter(Boolean),
          criteria: criteriaForBeat(s, beat),
          replyWords: s.reply_words,
        });
        return g.criteria.filter((c) => c.level < 3).map((c) => `${c.id} ${c.level}`);
      },
    })),
  );
});

describe('exemplar replies', () => {
  it('every beat of every built-in scenario has one or two', () => {
    const missing = scenarios.flatMap((s) => s.beats.filter((b) => !b.exemplars?.length).map((b) => `${s.id}/${b.id}`));
    expect(missing).toEqual([]);
  });

  it('are Proficient or better on everything their moment grades', () => {
    // Each miss reads "scenario/beat#n: criterion level", so a failure says which reply and where it falls short.
    const misses = cases.flatMap((c) => c.grade().map((below) => `${c.key}: ${below}`));
    expect(misses).toEqual([]);
    // Grades every exemplar of the library (over 600): a few seconds, more on a busy machine.
  }, 60_000);
});

/**
 * Every beat's exemplar replies, graded on that beat as a learner would meet it: after a strong
 * conversation so far (the first exemplar of each beat on the shortest path from the start). Each
 * must be Proficient (3) or better on every criterion the moment grades. The exemplars were written
 * by the scenarios' authors, independent of the grader, so they are a regression corpus for it.
 *
 * The embedded grader still misses some: `tests/data/exemplar-misses.json` lists them. The test
 * fails on any new miss, and on a listed miss that now passes, so the list only shrinks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const missesFile = join(import.meta.dirname, '../data/exemplar-misses.json');
const knownMisses = new Set<string>(JSON.parse(readFileSync(missesFile, 'utf8')) as string[]);

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

  it('are Proficient or better on what their moment grades, apart from the listed misses', () => {
    const misses = cases.filter((c) => c.grade().length > 0).map((c) => c.key);
    // After a change to the grader: WRITE_EXEMPLAR_MISSES=1 npx vitest run tests/unit/exemplars.test.ts
    if (process.env.WRITE_EXEMPLAR_MISSES) writeFileSync(missesFile, JSON.stringify(misses, null, 1) + '\n');
    const newMisses = misses.filter((k) => !knownMisses.has(k));
    const fixed = [...knownMisses].filter((k) => !misses.includes(k));
    // A new miss is a regression; a fixed one belongs off the list (tests/data/exemplar-misses.json).
    expect({ newMisses, fixed }).toEqual({ newMisses: [], fixed: [] });
    // Grades every exemplar of the library (over 500): a few seconds, more on a busy machine.
  }, 60_000);

  it('most exemplars already pass', () => {
    expect(knownMisses.size / cases.length).toBeLessThan(0.5);
  });
});

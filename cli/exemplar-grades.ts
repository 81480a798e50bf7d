/**
 * Every beat's exemplar replies, graded on their moment as a learner would meet it: after a strong conversation so
 * far (the first exemplar of each beat on the shortest path from the start), against the persona's line and,
 * when asked, against each of its variants (the learner may hear any of them). An exemplar is a model reply: it
 * must be Proficient (3) or better on every criterion the moment grades.
 */
import { gradeEmbedded } from '../src/grading/embedded/embedded-grader';
import { levelName, RUBRIC, type CriterionId } from '../src/grading/rubric';
import { formatPath } from '../src/scenario/parse-scenario';
import { criteriaForBeat, DEBRIEF, type Scenario } from '../src/scenario/scenario.schema';
import type { LintFinding } from './scenario-lint';

export interface ExemplarMiss {
  beat: number;
  exemplar: number;
  /** 0 for the persona's line, k for its k-th variant. */
  line: number;
  /** The criteria below Proficient, with their levels. */
  below: { id: CriterionId; level: number }[];
}

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

export function exemplarMisses(s: Scenario, { variants }: { variants: boolean }): ExemplarMiss[] {
  const paths = pathsTo(s);
  const misses: ExemplarMiss[] = [];
  s.beats.forEach((beat, b) => {
    const earlier = (paths.get(beat.id) ?? []).flatMap((id) => s.beats.find((x) => x.id === id)!.exemplars?.[0] ?? []);
    const lines = variants ? [beat.persona, ...(beat.variants ?? [])] : [beat.persona];
    lines.forEach((context, line) =>
      (beat.exemplars ?? []).forEach((reply, exemplar) => {
        const g = gradeEmbedded({
          reply,
          context,
          earlier,
          criteria: criteriaForBeat(s, beat),
          replyWords: s.reply_words,
        });
        const below = g.criteria.filter((c) => c.level < 3).map(({ id, level }) => ({ id, level }));
        if (below.length) misses.push({ beat: b, exemplar, line, below });
      }),
    );
  });
  return misses;
}

/** The misses as content findings of `npm run scenarios:check`, naming the exemplar, the line and the criteria. */
export function exemplarFindings(s: Scenario, file: string): LintFinding[] {
  return exemplarMisses(s, { variants: true }).map((m) => ({
    rule: 'exemplar-below-proficient',
    file,
    path: formatPath(['beats', m.beat, 'exemplars', m.exemplar]),
    message: `beat "${s.beats[m.beat]!.id}": graded against ${m.line ? `variant ${m.line}` : 'the persona line'}, ${m.below
      .map((c) => `${RUBRIC[c.id].name.toLowerCase()} is ${levelName(c.level)} (${c.level})`)
      .join(
        ', ',
      )}; an exemplar must be Proficient or better on everything its moment grades (rewrite it, or the line, so it says back something of theirs)`,
  }));
}

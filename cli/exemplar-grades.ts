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

/** Every exemplar graded on its moment, against the persona's line and (when asked) each variant. */
function gradedExemplars(s: Scenario, { variants }: { variants: boolean }) {
  const paths = pathsTo(s);
  return s.beats.flatMap((beat, b) => {
    const earlier = (paths.get(beat.id) ?? []).flatMap((id) => s.beats.find((x) => x.id === id)!.exemplars?.[0] ?? []);
    const lines = variants ? [beat.persona, ...(beat.variants ?? [])] : [beat.persona];
    return (beat.exemplars ?? []).map((reply, exemplar) => ({
      beat: b,
      exemplar,
      grades: lines.map((context) =>
        gradeEmbedded({ reply, context, earlier, criteria: criteriaForBeat(s, beat), replyWords: s.reply_words }),
      ),
    }));
  });
}

export function exemplarMisses(s: Scenario, { variants }: { variants: boolean }): ExemplarMiss[] {
  return gradedExemplars(s, { variants }).flatMap(({ beat, exemplar, grades }) =>
    grades.flatMap((g, line) => {
      const below = g.criteria.filter((c) => c.level < 3).map(({ id, level }) => ({ id, level }));
      return below.length ? [{ beat, exemplar, line, below }] : [];
    }),
  );
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

/**
 * How far a grade depends on which wording of the persona's line the learner heard: every exemplar graded against
 * the line and each variant. A conversation picks a wording at random, so the same reply to the same moment should
 * earn the same levels whichever one it was. The shares are of exemplars and of their criterion levels that come
 * out the same across all wordings; `proficient` is the share of all those gradings at Proficient or better.
 */
export function wordingStability(scenarios: readonly Scenario[]): {
  exemplars: number;
  'wordings.replies_same': number;
  'wordings.levels_same': number;
  'wordings.mean_overall_spread': number;
  proficient: number;
} {
  let exemplars = 0;
  let repliesSame = 0;
  let levels = 0;
  let levelsSame = 0;
  let spread = 0;
  let gradings = 0;
  let proficient = 0;
  for (const { grades } of scenarios.flatMap((s) => gradedExemplars(s, { variants: true }))) {
    exemplars += 1;
    gradings += grades.length;
    proficient += grades.filter((g) => g.criteria.every((c) => c.level >= 3)).length;
    const per = grades[0]!.criteria.map((_, i) => grades.map((g) => g.criteria[i]!.level));
    const same = per.filter((l) => l.every((x) => x === l[0])).length;
    levels += per.length;
    levelsSame += same;
    if (same === per.length) repliesSame += 1;
    const overall = grades.map((g) => g.overall);
    spread += Math.max(...overall) - Math.min(...overall);
  }
  const share = (n: number, d: number) => (d ? n / d : 1);
  return {
    exemplars,
    'wordings.replies_same': share(repliesSame, exemplars),
    'wordings.levels_same': share(levelsSame, levels),
    'wordings.mean_overall_spread': exemplars ? spread / exemplars : 0,
    proficient: share(proficient, gradings),
  };
}

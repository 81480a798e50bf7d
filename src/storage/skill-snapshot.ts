import type { CriterionId } from '../grading/rubric';

/** How many of a skill's latest levels make its level now. */
export const RECENT_LEVELS = 10;

export interface SkillLevel {
  id: CriterionId;
  /** The mean of the levels counted, 0-4 (0 when there are none). */
  mean: number;
  /** How many levels were counted: at most `recent`. */
  count: number;
}

/** The levels of one graded reply, by criterion: a summary's `levels`, or a grade's criteria. */
export type GradedLevels =
  { levels: Partial<Record<string, number>> } | { grade: { criteria: readonly { id: string; level: number }[] } };

const levelsOf = (g: GradedLevels): Partial<Record<string, number>> =>
  'levels' in g ? g.levels : Object.fromEntries(g.grade.criteria.map((c) => [c.id, c.level]));

/**
 * The learner's level at each skill: the mean of the last `recent` levels given to it (replies
 * oldest first), the one way Today, Progress and a conversation's debrief say how a skill stands.
 * `skills` defaults to every skill graded, in the order first graded; `recent` to the last ten
 * (a whole conversation passes Infinity).
 */
export function skillSnapshot(
  graded: readonly GradedLevels[],
  { skills, recent = RECENT_LEVELS }: { skills?: readonly CriterionId[]; recent?: number } = {},
): SkillLevel[] {
  const all = graded.map(levelsOf);
  const ids = skills ?? [...new Set(all.flatMap((l) => Object.keys(l)))];
  return ids.map((id) => {
    const levels = all.flatMap((l) => (l[id] === undefined ? [] : [l[id]])).slice(-recent);
    const mean = levels.length ? levels.reduce((s, x) => s + x, 0) / levels.length : 0;
    return { id: id as CriterionId, mean, count: levels.length };
  });
}

/**
 * Agreement of a grader's levels with a coach's, on the coach-judged reply format
 * (`../shared/data/coach/SPEC.md`): per criterion quadratic weighted kappa, exact and within-one
 * agreement, and whether pairs inside a family that the coach sets two or more levels apart are
 * ordered the same way; over all, the Spearman correlation of the overall score with the coach's
 * mean level.
 */
import { z } from 'zod';
import type { GradeOutcome, GradeRequest } from '../src/grading/grade.schema';
import { CriterionId } from '../src/grading/rubric';
import { quadraticKappa, spearman } from './metrics';

export const CoachRow = z.object({
  id: z.string(),
  family: z.string(),
  theme: z.string(),
  context: z.string(),
  reply: z.string(),
  levels: z.record(z.string(), z.number().int().min(0).max(4)),
});
export type CoachRow = z.infer<typeof CoachRow>;

/** What a coach agreement is measured on, for one criterion. */
export interface CriterionAgreement {
  items: number;
  qwk: number;
  exact: number;
  within_one: number;
  /** Clear pairs (coach levels two or more apart, same family) the grader orders the same way. */
  ordering: { right: number; pairs: number; share: number };
}

export interface CoachReport {
  items: number;
  coach: Record<string, CriterionAgreement | { not_graded: number }> & {
    overall_spearman?: number;
    ordering?: { right: number; pairs: number; share: number };
  };
  /** Replies the grader failed on: never counted as a level. */
  failed: number;
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export function isCoachFormat(first: unknown): boolean {
  return typeof first === 'object' && first !== null && 'levels' in first && 'family' in first;
}

/** The request a coach row becomes: the criteria the coach judged that this rubric knows. */
export function coachRequest(row: CoachRow): GradeRequest {
  const known = Object.keys(row.levels).filter((c) => CriterionId.safeParse(c).success) as CriterionId[];
  return { reply: row.reply, context: row.context, criteria: known };
}

export async function evaluateCoach(
  rawRows: readonly unknown[],
  grade: (request: GradeRequest) => GradeOutcome | Promise<GradeOutcome>,
): Promise<CoachReport> {
  const rows = rawRows.map((r, i) => {
    const parsed = CoachRow.safeParse(r);
    if (!parsed.success)
      throw new Error(`line ${i + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
  const graded: { row: CoachRow; levels: Map<string, number>; overall: number }[] = [];
  let failed = 0;
  for (const row of rows) {
    const outcome = await grade(coachRequest(row));
    if (outcome.kind !== 'graded') {
      failed += 1;
      continue;
    }
    graded.push({
      row,
      levels: new Map(outcome.grade.criteria.map((c) => [c.id, c.level])),
      overall: outcome.grade.overall,
    });
  }
  const criteria = [...new Set(rows.flatMap((r) => Object.keys(r.levels)))];
  const coach: CoachReport['coach'] = {};
  let right = 0;
  let pairs = 0;
  for (const c of criteria) {
    const scored = graded.filter((g) => c in g.row.levels && g.levels.has(c));
    if (scored.length === 0) {
      coach[c] = { not_graded: rows.filter((r) => c in r.levels).length };
      continue;
    }
    const levelPairs = scored.map((g) => [g.row.levels[c]!, g.levels.get(c)!] as [number, number]);
    const ordering = orderedPairs(
      scored.map((g) => ({ family: g.row.family, coach: g.row.levels[c]!, grader: g.levels.get(c)! })),
    );
    right += ordering.right;
    pairs += ordering.pairs;
    coach[c] = {
      items: scored.length,
      qwk: r3(quadraticKappa(levelPairs)),
      exact: r3(levelPairs.filter(([h, g]) => h === g).length / levelPairs.length),
      within_one: r3(levelPairs.filter(([h, g]) => Math.abs(h - g) <= 1).length / levelPairs.length),
      ordering,
    };
  }
  const meanLevel = (levels: Record<string, number>) => {
    const v = Object.values(levels);
    return v.reduce((s, x) => s + x, 0) / v.length;
  };
  coach.overall_spearman = r3(spearman(graded.map((g) => [meanLevel(g.row.levels), g.overall])));
  coach.ordering = { right, pairs, share: pairs ? r3(right / pairs) : 0 };
  return { items: rows.length, coach, failed };
}

/** Pairs inside a family whose coach levels differ by two or more; right when the grader's differ the same way. */
export function orderedPairs(items: readonly { family: string; coach: number; grader: number }[]) {
  let right = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.family !== b.family || Math.abs(a.coach - b.coach) < 2) continue;
      pairs += 1;
      if (Math.sign(a.grader - b.grader) === Math.sign(a.coach - b.coach)) right += 1;
    }
  return { right, pairs, share: pairs ? r3(right / pairs) : 0 };
}

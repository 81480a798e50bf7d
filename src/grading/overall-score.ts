import type { CriterionId } from './rubric';

/** The overall 0-100 score: the weighted mean of the levels. Computed in code, never asked of a model. */
export function overallScore(
  criteria: readonly { id: CriterionId; level: number }[],
  weights?: Partial<Record<CriterionId, number>>,
): number {
  let total = 0;
  let weightSum = 0;
  for (const c of criteria) {
    const w = weights?.[c.id] ?? 1;
    total += w * c.level;
    weightSum += w;
  }
  return weightSum === 0 ? 0 : Math.round((100 * total) / (4 * weightSum));
}

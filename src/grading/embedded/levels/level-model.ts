/**
 * Fitted levels: a small linear model per criterion over the detectors' features, with four cut
 * points that turn its score into a level 0-4. Fitted offline on the project's own coach-judged
 * replies (`npm run fit`, cross-validated by family) and shipped as data in `level-model.json`,
 * whose content moves the engine version. The checks and evidence the learner sees are the same
 * detectors' output; the model only weighs them as a coach does.
 */
import type { CriterionId } from '../../rubric';
import type { Features } from './features';
import data from './level-model.json';

export interface CriterionModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Scores at or above cuts[k] reach level k + 1. */
  cuts: [number, number, number, number];
}

export type LevelModel = Partial<Record<CriterionId, CriterionModel>>;

export const LEVEL_MODEL = data as unknown as LevelModel;

/** The model's score before it is cut into a level. */
export function modelScore(m: Omit<CriterionModel, 'cuts'>, x: Features): number {
  let z = m.bias;
  m.features.forEach((f, i) => {
    z += (m.weights[i]! * ((x[f] ?? 0) - m.mean[i]!)) / m.scale[i]!;
  });
  return z;
}

export function fittedLevel(id: CriterionId, x: Features, model: LevelModel = LEVEL_MODEL): number | null {
  const m = model[id];
  if (!m) return null;
  return levelFromScore(modelScore(m, x), m.cuts);
}

/** A score cut into a level: how many cut points it reaches. */
export const levelFromScore = (z: number, cuts: readonly number[]): number => cuts.filter((c) => z >= c).length;

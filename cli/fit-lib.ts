/** The fitting behind `npm run fit`: ridge regression with sign constraints, cut points, cross-validation by family. */
import { mayReward } from '../src/grading/embedded/levels/features';
import { levelFromScore, modelScore, type CriterionModel } from '../src/grading/embedded/levels/level-model';
import type { CriterionId } from '../src/grading/rubric';
import { quadraticKappa } from './metrics';

const LAMBDAS = [1, 3, 10, 30, 100, 300];
const FOLDS = 5;

export interface Example {
  family: string;
  id?: string;
  x: Record<string, number>;
  y: number;
}

/**
 * Ridge regression on standardised features by coordinate descent, with a sign constraint: a
 * feature that `mayReward` rejects gets a weight of at most zero, so padding a reply never pays.
 */
export function ridge(
  examples: readonly Example[],
  features: readonly string[],
  lambda: number,
  criterion: CriterionId,
) {
  const n = examples.length;
  const mean = features.map((f) => examples.reduce((s, e) => s + (e.x[f] ?? 0), 0) / n);
  const scale = features.map((f, i) => {
    const v = examples.reduce((s, e) => s + ((e.x[f] ?? 0) - mean[i]!) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  const X = examples.map((e) => features.map((f, i) => ((e.x[f] ?? 0) - mean[i]!) / scale[i]!));
  const ybar = examples.reduce((s, e) => s + e.y, 0) / n;
  const F = features.length;
  const weights = new Array<number>(F).fill(0);
  const residual = examples.map((e) => e.y - ybar);
  const norms = features.map((_, j) => X.reduce((s, row) => s + row[j]! ** 2, 0));
  const positive = features.map((f) => mayReward(f, criterion));
  for (let sweep = 0; sweep < 300; sweep++) {
    let moved = 0;
    for (let j = 0; j < F; j++) {
      let rho = 0;
      for (let i = 0; i < n; i++) rho += X[i]![j]! * (residual[i]! + X[i]![j]! * weights[j]!);
      let w = rho / (norms[j]! + lambda);
      if (!positive[j] && w > 0) w = 0;
      const delta = w - weights[j]!;
      if (delta === 0) continue;
      for (let i = 0; i < n; i++) residual[i]! -= X[i]![j]! * delta;
      weights[j] = w;
      moved = Math.max(moved, Math.abs(delta));
    }
    if (moved < 1e-6) break;
  }
  return { features: [...features], mean, scale, weights, bias: ybar };
}

const score = (m: Omit<CriterionModel, 'cuts'>, x: Record<string, number>) => modelScore(m, x);

/** Cut points that maximise quadratic kappa on (score, level) pairs, by coordinate ascent. */
export function fitCuts(scored: readonly [number, number][]): [number, number, number, number] {
  const cuts = [0.5, 1.5, 2.5, 3.5];
  const kappa = (c: number[]) => quadraticKappa(scored.map(([z, y]) => [y, levelFromScore(z, c)]));
  for (let round = 0; round < 4; round++)
    for (let k = 0; k < 4; k++) {
      const lo = k === 0 ? -1 : cuts[k - 1]!;
      const hi = k === 3 ? 5 : cuts[k + 1]!;
      let best = cuts[k]!;
      let bestK = kappa(cuts);
      for (let t = 1; t < 40; t++) {
        const c = lo + ((hi - lo) * t) / 40;
        const trial = [...cuts];
        trial[k] = c;
        const q = kappa(trial);
        if (q > bestK + 1e-9) [best, bestK] = [c, q];
      }
      cuts[k] = best;
    }
  return cuts as [number, number, number, number];
}

/** A family's fold, stable across runs. */
const foldOf = (family: string) => [...family].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % FOLDS;

export function fitCriterion(
  criterion: CriterionId,
  examples: readonly Example[],
  features: readonly string[],
  dump?: (e: Example, level: number) => void,
) {
  let best = { lambda: LAMBDAS[0]!, qwk: -Infinity, held: [] as [Example, number][], mse: Infinity };
  for (const lambda of LAMBDAS) {
    const pairs: [number, number][] = [];
    const held: [Example, number][] = [];
    const sq: number[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const train = examples.filter((e) => foldOf(e.family) !== f);
      const test = examples.filter((e) => foldOf(e.family) === f);
      if (!train.length || !test.length) continue;
      const m = ridge(train, features, lambda, criterion);
      const cuts = fitCuts(train.map((e) => [score(m, e.x), e.y]));
      for (const e of test) {
        sq.push((score(m, e.x) - e.y) ** 2);
        pairs.push([e.y, levelFromScore(score(m, e.x), cuts)]);
        held.push([e, levelFromScore(score(m, e.x), cuts)]);
      }
    }
    const qwk = quadraticKappa(pairs);
    const mse = sq.reduce((a, b) => a + b, 0) / Math.max(1, sq.length);
    if (mse < best.mse) best = { lambda, qwk, held, mse };
  }
  if (dump) for (const [e, level] of best.held) dump(e, level);
  const m = ridge(examples, features, best.lambda, criterion);
  const cuts = fitCuts(examples.map((e) => [score(m, e.x), e.y]));
  return { model: { ...m, cuts } as CriterionModel, cv_qwk: best.qwk, lambda: best.lambda };
}

/**
 * `npm run fit`: fits the embedded grader's levels (a ridge regression per criterion over the
 * detectors' features, and four cut points chosen for agreement) on the project's own coach-judged
 * replies in `tests/data/coach-train/`, cross-validated by family, and writes
 * `src/grading/embedded/levels/level-model.json`. Never fit on a file you report: the dev file in
 * `../shared/data/coach/` is for `npm run eval` only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featuresFor } from '../src/grading/embedded/embedded-grader';
import { mayReward } from '../src/grading/embedded/levels/features';
import type { CriterionModel, LevelModel } from '../src/grading/embedded/levels/level-model';
import { CriterionId } from '../src/grading/rubric';
import { CoachRow } from './coach-evaluate';
import { quadraticKappa } from './metrics';

const DATA = 'tests/data/coach-train';

/** Which features each criterion's model reads: its own checks and rule level, plus the groups that bear on it. */
const SIZE = [
  'words',
  'short',
  'long',
  'sentences',
  'mean_sentence',
  'max_sentence',
  'exclamations',
  'commas_per_sentence',
];
const QUESTIONS = [
  'questions',
  'open_questions',
  'closed_questions',
  'open_about_partner',
  'suggestion_questions',
  'ends_with_question',
];
/** Asking is its own skill: a listening level that read questions would reward asking, not hearing. */
const ASKING = (f: string) =>
  !['open_questions/builds_on_partner', 'open_about_partner'].includes(f) &&
  (f.startsWith('open_questions/') ||
    QUESTIONS.includes(f) ||
    ['celebrating/asks_about_experience', 'common_ground/explores_interest', 'rule/open_questions'].includes(f));
const GROUPS: Record<string, (name: string) => boolean> = {
  active_listening: (f) => !ASKING(f) && (!f.startsWith('rule/') || f === 'rule/active_listening'),
  clarity: (f) =>
    f.startsWith('clarity/') ||
    SIZE.includes(f) ||
    [
      'rule/clarity',
      'vague',
      'corporate',
      'stock_phrases',
      'apologies',
      'questions',
      'active_listening/dismisses',
      'celebrating/shows_enthusiasm',
      'directives',
    ].includes(f),
  open_questions: (f) =>
    f.startsWith('open_questions/') ||
    QUESTIONS.includes(f) ||
    [
      'rule/open_questions',
      'picked',
      'overlap',
      'active_listening/overrides',
      'active_listening/dismisses',
      'short',
      'words',
    ].includes(f),
};
/** Listening failures that undermine every relational skill. */
const LISTENING_FAILURES = ['dismisses', 'overrides', 'advice_first', 'shifts_to_self', 'hollow_reflection'].map(
  (c) => `active_listening/${c}`,
);
/**
 * By default a criterion reads its own checks and rule level, the related behaviours `mayReward`
 * names, the listening failures, and the whole-reply features; another criterion's checks would
 * only teach it coincidences ("I'll send it" is a repair, not an argument against common ground).
 */
const ownAndRelated = (criterion: CriterionId) => (f: string) => {
  const [group, check] = f.split('/');
  if (check === undefined) return true;
  if (group === 'rule') return check === criterion;
  return group === criterion || mayReward(f, criterion) || LISTENING_FAILURES.includes(f);
};
const featuresOf = (criterion: CriterionId, names: readonly string[]) =>
  names.filter((f) => ownAndRelated(criterion)(f) && (GROUPS[criterion]?.(f) ?? true));
const OUT = 'src/grading/embedded/levels/level-model.json';
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

const score = (m: Omit<CriterionModel, 'cuts'>, x: Record<string, number>) =>
  m.features.reduce((z, f, i) => z + (m.weights[i]! * ((x[f] ?? 0) - m.mean[i]!)) / m.scale[i]!, m.bias);
const levelOf = (z: number, cuts: readonly number[]) => cuts.filter((c) => z >= c).length;

/** Cut points that maximise quadratic kappa on (score, level) pairs, by coordinate ascent. */
export function fitCuts(scored: readonly [number, number][]): [number, number, number, number] {
  const cuts = [0.5, 1.5, 2.5, 3.5];
  const kappa = (c: number[]) => quadraticKappa(scored.map(([z, y]) => [y, levelOf(z, c)]));
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
        pairs.push([e.y, levelOf(score(m, e.x), cuts)]);
        held.push([e, levelOf(score(m, e.x), cuts)]);
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

function main() {
  const rows = readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(DATA, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => CoachRow.parse(JSON.parse(l))),
    );
  const byCriterion = new Map<CriterionId, Example[]>();
  for (const r of rows) {
    const criteria = Object.keys(r.levels).filter((c) => CriterionId.safeParse(c).success) as CriterionId[];
    const x = featuresFor({ reply: r.reply, context: r.context, criteria });
    for (const c of criteria) {
      if (!byCriterion.has(c)) byCriterion.set(c, []);
      byCriterion.get(c)!.push({ family: r.family, id: r.id, x, y: r.levels[c]! });
    }
  }
  const model: LevelModel = {};
  console.log(`${rows.length} replies in ${new Set(rows.map((r) => r.family)).size} families from ${DATA}`);
  for (const [c, examples] of byCriterion) {
    const features = featuresOf(c, Object.keys(examples[0]!.x).sort());
    const dumpFor = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
    const fit = fitCriterion(
      c,
      examples,
      features,
      dumpFor === c ? (e, level) => e.y !== level && console.log(`  ${e.id}\tcoach ${e.y}\tcv ${level}`) : undefined,
    );
    model[c] = {
      ...fit.model,
      weights: fit.model.weights.map((w) => Math.round(w * 1e4) / 1e4),
      mean: fit.model.mean.map((v) => Math.round(v * 1e4) / 1e4),
      scale: fit.model.scale.map((v) => Math.round(v * 1e4) / 1e4),
      bias: Math.round(fit.model.bias * 1e4) / 1e4,
      cuts: fit.model.cuts.map((v) => Math.round(v * 1e4) / 1e4) as CriterionModel['cuts'],
    };
    console.log(
      `${c.padEnd(18)} n=${String(examples.length).padStart(3)}  λ=${fit.lambda}  cross-validated qwk ${fit.cv_qwk.toFixed(3)}`,
    );
  }
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(OUT, JSON.stringify(model) + '\n');
  console.log(`wrote ${OUT}`);
}

main();

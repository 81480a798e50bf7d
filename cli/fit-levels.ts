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
import { fitCriterion, type Example } from './fit-lib';
import type { CriterionModel, LevelModel } from '../src/grading/embedded/levels/level-model';
import { CriterionId } from '../src/grading/rubric';
import { CoachRow } from './coach-evaluate';

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

import { CriterionId, RUBRIC, RUBRIC_VERSION } from '../rubric';
import versions from '../versions.json';
import type { CheckResult, CriterionGrade, Evidence, Grade, GradeRequest } from '../grade.schema';
import { overallScore } from '../overall-score';
import { analyse, dedupeSpans, type Analysis } from './text';
import { detectAll, type Detection, type SpansByCheck } from './detect';
import { levelFeatures, type Features } from './levels/features';
import { fittedLevel } from './levels/level-model';
import { detectGraderDirected } from './detectors/grader-directed';
import type { Finding } from './detectors/finding';
import { adviceFor, partnerTopic } from './suggest';

// Follows the rules and the golden grades (versions.json, moved by `npm run versions`), so the history
// shows a change of grader, not progress.
export const EMBEDDED_ENGINE_VERSION: string = versions.embedded.version;

/** Criteria whose checks are moves to count; listening and clarity are weighed, not counted. */
const COUNTED_MOVES: ReadonlySet<CriterionId> = new Set(
  CriterionId.options.filter((c) => c !== 'active_listening' && c !== 'clarity'),
);

/** Replies longer than this are graded on their first part; the grade says so in its flags. */
export const MAX_GRADED_CHARS = 4000;

/** Grades one reply with deterministic rules. Pure: no I/O, no React, same input → same grade. */
export function gradeEmbedded(request: GradeRequest): Grade {
  const flags: string[] = [];
  let text = request.reply;
  if (text.length > MAX_GRADED_CHARS) {
    text = text.slice(0, MAX_GRADED_CHARS);
    flags.push('truncated');
  }
  const reply = analyse(text);
  const context = analyse(request.context);
  const detection = detectAll(reply, context, request);
  const { spans, facts, carried } = detection;
  const directed = detectGraderDirected(reply);
  if (directed.length) flags.push('addressed-to-grader');
  const topic = partnerTopic(context);
  const features = levelInputs(detection, reply, context);

  const criteria = request.criteria.map((id) =>
    scoreCriterion(id, spans.get(id) ?? new Map(), directed, topic, carried, features),
  );
  return {
    overall: overallScore(criteria, request.weights),
    criteria,
    flags,
    facts: {
      question: facts.question,
      questions: facts.questionForms.length,
      // Stems with nothing of theirs in them reflect nothing: they do not raise the conversation's listening.
      reflection: facts.reflection && !spans.get('active_listening')?.get('hollow_reflection')?.length,
      advice: facts.advice,
      monologue: facts.monologue,
      ...(carried.size ? { carried: [...carried] } : {}),
    },
    engine: { name: 'embedded', version: EMBEDDED_ENGINE_VERSION, rubric_version: RUBRIC_VERSION },
  };
}

function scoreCriterion(
  id: CriterionId,
  spans: SpansByCheck,
  directed: readonly Finding[],
  topic: ReturnType<typeof partnerTopic>,
  carried: ReadonlySet<string>,
  features: Features,
): CriterionGrade {
  const def = RUBRIC[id];
  // Words addressed to the grader earn nothing, not even a met check (checks steer the branches).
  if (directed.length) {
    const outside = (s: { start: number; end: number }) => !directed.some((d) => s.start < d.end && d.start < s.end);
    spans = new Map(
      [...spans].map(([check, found]) => [
        check,
        (def.checks.find((c) => c.id === check)?.weight ?? 0) > 0 ? found.filter(outside) : found,
      ]),
    );
  }
  const checks: CheckResult[] = def.checks.map((c) => ({
    id: c.id,
    label: carried.has(`${id}/${c.id}`) ? `${c.label}, earlier in this conversation` : c.label,
    met: (spans.get(c.id)?.length ?? 0) > 0,
  }));
  const met = new Set(checks.filter((c) => c.met).map((c) => c.id));
  const evidence: Evidence[] = [];
  for (const c of def.checks) {
    for (const s of dedupeSpans(spans.get(c.id) ?? [])) {
      if (s.end > s.start) evidence.push({ ...s, polarity: c.weight >= 0 ? 'supports' : 'undermines', check: c.id });
    }
  }
  // The fitted levels were fitted on single replies: where checks carry over from earlier in the
  // conversation, the rubric's weights decide.
  const carries = [...carried].some((c) => c.startsWith(`${id}/`));
  const rule = features[`rule/${id}`]!;
  const fitted = carries ? null : fittedLevel(id, features);
  // Where the checks are the criterion's moves (a question asked, a behaviour named, a hook and an
  // offer), the level stays within one of what the moves found add up to, so the checks shown and the
  // level never contradict each other. Listening and clarity are weighed, not counted.
  // Every move the criterion counts, and nothing that undermines it, is the rubric's top level by definition.
  const clean = id === 'accountability' && def.checks.every((c) => (c.weight > 0 ? met.has(c.id) : !met.has(c.id)));
  const level0 =
    fitted === null
      ? rule
      : clean
        ? Math.max(fitted, rule)
        : COUNTED_MOVES.has(id)
          ? Math.max(fitted, rule - 1)
          : fitted;
  // The bounds below hold only where nothing the criterion counts against was found.
  const nothingUndermines = def.checks.every((c) => c.weight >= 0 || !met.has(c.id));
  // The rubric's Developing listening: an answer to what they asked, or taking on the point they raised, takes up
  // their topic, when nothing in the reply pushes past them (kept because it raised both the coach dev file and the
  // held-out candidates).
  const answered = id === 'active_listening' && features['answers_them'] === 1 && nothingUndermines;
  // The rubric's Strong clarity is plain and specific: a clear reply that names the numbers, days and times, with
  // no hedge or mixed message, is Strong whatever small flags a longer sentence brings (raised the coach dev file,
  // the project's own coach-judged replies and the held-out candidates alike).
  const specific =
    id === 'clarity' && level0 === 3 && met.has('concrete') && !met.has('hedge') && !met.has('mixed_message');
  // The rubric's Proficient listening: a statement that validates them or sees it from where they stand, in their
  // words ("I know that hurts with wages due on Thursday"), when nothing pushes past them or takes it back after.
  const acknowledged =
    id === 'active_listening' &&
    features['acknowledges_theirs'] === 1 &&
    features['yes_but'] === 0 &&
    nothingUndermines;
  // The rubric's Proficient common ground: a shared goal named, with their view acknowledged, and nothing that argues
  // or overrides (the fitted level leans on a question, which the rubric asks only of Strong).
  const sharedGoal =
    id === 'common_ground' &&
    met.has('names_shared_goal') &&
    met.has('acknowledges_view') &&
    // Stems stacked up to sound understanding ("What I'm hearing is… so we're all on the same page") are a formula.
    !features['active_listening/hollow_reflection'] &&
    nothingUndermines;
  const floor = acknowledged || sharedGoal ? 3 : answered ? 2 : 0;
  let level = capped(id, specific ? 4 : Math.max(level0, floor), met);
  if (directed.length) {
    level = 0;
    for (const d of directed)
      evidence.push({ start: d.start, end: d.end, text: d.text, polarity: 'undermines', check: 'addressed_to_grader' });
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);

  // The heaviest check missed or undermining one met; on a tie an undermining one, then the first missed or the
  // last undermining one in the rubric (the order V8 gave before). The comparator must be consistent: one that
  // never returned 0 let Firefox pick another check, so the same reply got another suggestion there.
  const weakest = def.checks
    .map((c, i) => ({ ...c, i }))
    .filter((c) => (c.weight > 0 ? !met.has(c.id) : met.has(c.id)))
    .sort(
      (a, b) =>
        Math.abs(b.weight) - Math.abs(a.weight) ||
        Number(b.weight < 0) - Number(a.weight < 0) ||
        (a.weight < 0 ? b.i - a.i : a.i - b.i),
    )[0];
  const suggestion = directed.length
    ? { text: 'Write to the person in the scenario; text addressed to the grader earns nothing.' }
    : weakest
      ? adviceFor(id, weakest.id, topic)
      : { text: 'Everything this criterion looks for is there. Keep it up.' };
  return { id, level, checks, evidence, rationale: rationale(checks, directed.length > 0), suggestion };
}

/**
 * The level the rubric's weights give: met checks summed against thresholds. Positives count once,
 * so saying a thing twice never earns more than saying it once. Also a feature of the fitted level.
 */
export function ruleLevel(id: CriterionId, spans: SpansByCheck): number {
  const def = RUBRIC[id];
  const met = new Set(def.checks.filter((c) => (spans.get(c.id)?.length ?? 0) > 0).map((c) => c.id));
  const times = (c: { id: string; weight: number }) =>
    c.weight < 0 && def.scoring.countNegativesUpTo
      ? Math.min(dedupeSpans(spans.get(c.id) ?? []).length, def.scoring.countNegativesUpTo)
      : met.has(c.id)
        ? 1
        : 0;
  const score = def.checks.reduce((sum, c) => sum + c.weight * times(c), 0);
  const level = def.scoring.thresholds.filter((t) => score >= t).length;
  const anyPositive = def.checks.some((c) => c.weight > 0 && met.has(c.id));
  return level === 0 && anyPositive && def.scoring.floorOnAnyPositive !== false ? 1 : level;
}

/** The rubric's caps, which hold whatever weighed the checks: no open question, no open-questions credit. */
function capped(id: CriterionId, level: number, met: ReadonlySet<string>): number {
  for (const cap of RUBRIC[id].scoring.caps ?? []) {
    const unless = cap.unlessAny && !cap.unlessAny.some((c) => met.has(c));
    const when = cap.ifAny && cap.ifAny.some((c) => met.has(c));
    if (unless || when) level = Math.min(level, cap.max);
  }
  return level;
}

function rationale(checks: readonly CheckResult[], directed: boolean): string {
  if (directed) return 'Part of the reply is addressed to the grader, so it earns no credit.';
  const shown = checks.filter((c) => c.met).map((c) => c.label.toLowerCase());
  return shown.length ? `Found: ${shown.join('; ')}.` : 'None of the behaviours this criterion looks for were found.';
}

/** The fitted levels' features: the detectors' features and every criterion's rule level. */
function levelInputs(detection: Detection, reply: Analysis, context: Analysis): Features {
  const features = levelFeatures(detection, reply, context);
  for (const id of CriterionId.options) features[`rule/${id}`] = ruleLevel(id, detection.spans.get(id) ?? new Map());
  return features;
}

/** The features the fitted levels read for a request, for fitting them offline (`npm run fit`). */
export function featuresFor(request: GradeRequest): Features {
  const reply = analyse(request.reply.slice(0, MAX_GRADED_CHARS));
  const context = analyse(request.context);
  return levelInputs(detectAll(reply, context, request), reply, context);
}

import { RUBRIC, RUBRIC_VERSION, type CriterionId } from '../rubric';
import versions from '../versions.json';
import type { CheckResult, CriterionGrade, Evidence, Grade, GradeRequest } from '../grade.schema';
import { overallScore } from '../overall-score';
import { pickedUp } from './lexicon';
import { analyse, dedupeSpans, type Analysis, type Span } from './text';
import { detectQuestions, stackedQuestions } from './detectors/questions';
import { detectListening } from './detectors/listening';
import { detectClarity } from './detectors/clarity';
import { detectAccountability } from './detectors/accountability';
import { detectFeedbackSpecificity } from './detectors/feedback';
import { detectNetworking } from './detectors/networking';
import { carryOver } from './carry-over';
import { detectGraderDirected } from './detectors/grader-directed';
import type { Finding } from './detectors/finding';
import { adviceFor, partnerTopic } from './suggest';
import { factsFrom, type ReplyFacts } from './reply-facts';

// Follows the rules and the golden grades (versions.json, moved by `npm run versions`), so the history
// shows a change of grader, not progress.
export const EMBEDDED_ENGINE_VERSION: string = versions.embedded.version;

/** Replies longer than this are graded on their first part; the grade says so in its flags. */
export const MAX_GRADED_CHARS = 4000;

type SpansByCheck = Map<string, Span[]>;

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
  const { spans, facts, carried } = detectAll(reply, context, request);
  const directed = detectGraderDirected(reply);
  if (directed.length) flags.push('addressed-to-grader');
  const topic = partnerTopic(context);

  const criteria = request.criteria.map((id) =>
    scoreCriterion(id, spans.get(id) ?? new Map(), directed, topic, carried),
  );
  return {
    overall: overallScore(criteria, request.weights),
    criteria,
    flags,
    facts: {
      question: facts.question,
      questions: facts.questionForms.length,
      reflection: facts.reflection,
      advice: facts.advice,
      monologue: facts.monologue,
      ...(carried.size ? { carried: [...carried] } : {}),
    },
    engine: { name: 'embedded', version: EMBEDDED_ENGINE_VERSION, rubric_version: RUBRIC_VERSION },
  };
}

function group(findings: readonly Finding[]): SpansByCheck {
  const m: SpansByCheck = new Map();
  for (const f of findings) {
    const list = m.get(f.label) ?? [];
    list.push({ start: f.start, end: f.end, text: f.text });
    m.set(f.label, list);
  }
  return m;
}

/** Runs the detectors and names their findings after the rubric's checks. */
function detectAll(
  reply: Analysis,
  context: Analysis,
  request: GradeRequest,
): { spans: Map<CriterionId, SpansByCheck>; facts: ReplyFacts; carried: Set<string> } {
  const out = new Map<CriterionId, SpansByCheck>();
  const questions = detectQuestions(reply);
  const listening = detectListening(reply, context, questions);
  const wants = new Set(request.criteria);

  if (wants.has('open_questions')) {
    const open = questions.filter((q) => q.kind === 'open' && !q.leading);
    const m: SpansByCheck = new Map();
    m.set(
      'asks_question',
      questions.map((q) => q.sentence),
    );
    m.set(
      'asks_open_question',
      open.map((q) => q.sentence),
    );
    // An open question builds on the partner when the reply picks up their words, in it or just before it.
    const picksUp = pickedUp(reply.terms, context.terms).length > 0;
    m.set('builds_on_partner', picksUp ? open.map((q) => q.sentence) : []);
    m.set('only_closed', questions.length > 0 && open.length === 0 ? questions.map((q) => q.sentence) : []);
    m.set(
      'leading_question',
      questions.filter((q) => q.leading).map((q) => q.sentence),
    );
    m.set('stacked_questions', stackedQuestions(reply, questions).flat());
    out.set('open_questions', m);
  }
  const accountability = wants.has('accountability') ? detectAccountability(reply) : [];
  if (wants.has('active_listening')) {
    // Owning a mistake means saying what I did and will do: where that is the task, it is not a change of topic.
    const owning = accountability.some((f) => ['owns_with_i', 'apologises', 'repair_plan'].includes(f.label));
    out.set(
      'active_listening',
      group(owning ? listening.findings.filter((f) => f.label !== 'shifts_to_self') : listening.findings),
    );
  }
  if (wants.has('clarity')) {
    const { findings } = detectClarity(reply, request.replyWords);
    const m = group(findings);
    const substantive = reply.words >= 3 && reply.terms.some((t) => t.tags.has('Verb') || t.tags.has('Noun'));
    // A zero-width span marks the check met without highlighting anything.
    m.set('has_content', substantive ? [{ start: 0, end: 0, text: '' }] : []);
    out.set('clarity', m);
  }
  if (wants.has('accountability')) out.set('accountability', group(accountability));
  if (wants.has('specific_feedback')) out.set('specific_feedback', group(detectFeedbackSpecificity(reply, questions)));
  if (wants.has('networking')) out.set('networking', group(detectNetworking(reply, context, questions)));
  const carried = carryOver(out, request.earlier ?? []);
  return { spans: out, facts: factsFrom(reply, questions, listening), carried };
}

function scoreCriterion(
  id: CriterionId,
  spans: SpansByCheck,
  directed: readonly Finding[],
  topic: ReturnType<typeof partnerTopic>,
  carried: ReadonlySet<string>,
): CriterionGrade {
  const def = RUBRIC[id];
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
  // Positives count once: saying a thing twice never earns more than saying it once.
  const times = (c: { id: string; weight: number }) =>
    c.weight < 0 && def.scoring.countNegativesUpTo
      ? Math.min(dedupeSpans(spans.get(c.id) ?? []).length, def.scoring.countNegativesUpTo)
      : met.has(c.id)
        ? 1
        : 0;
  const score = def.checks.reduce((sum, c) => sum + c.weight * times(c), 0);
  let level = def.scoring.thresholds.filter((t) => score >= t).length;
  const anyPositive = def.checks.some((c) => c.weight > 0 && met.has(c.id));
  if (level === 0 && anyPositive && def.scoring.floorOnAnyPositive !== false) level = 1;
  for (const cap of def.scoring.caps ?? []) {
    const unless = cap.unlessAny && !cap.unlessAny.some((c) => met.has(c));
    const when = cap.ifAny && cap.ifAny.some((c) => met.has(c));
    if (unless || when) level = Math.min(level, cap.max);
  }
  if (directed.length) {
    level = 0;
    for (const d of directed)
      evidence.push({ start: d.start, end: d.end, text: d.text, polarity: 'undermines', check: 'addressed_to_grader' });
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);

  const weakest = [...def.checks]
    .filter((c) => (c.weight > 0 ? !met.has(c.id) : met.has(c.id)))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.weight < 0 ? -1 : 1))[0];
  const suggestion = directed.length
    ? { text: 'Write to the person in the scenario; text addressed to the grader earns nothing.' }
    : weakest
      ? adviceFor(id, weakest.id, topic)
      : { text: 'Everything this criterion looks for is there. Keep it up.' };
  return { id, level, checks, evidence, rationale: rationale(checks, directed.length > 0), suggestion };
}

function rationale(checks: readonly CheckResult[], directed: boolean): string {
  if (directed) return 'Part of the reply is addressed to the grader, so it earns no credit.';
  const shown = checks.filter((c) => c.met).map((c) => c.label.toLowerCase());
  return shown.length ? `Found: ${shown.join('; ')}.` : 'None of the behaviours this criterion looks for were found.';
}

/** Runs every detector over a reply and names the findings after the rubric's checks. */
import { CriterionId } from '../rubric';
import type { GradeRequest } from '../grade.schema';
import { carryOver } from './carry-over';
import { detectAccountability } from './detectors/accountability';
import { detectCelebrating } from './detectors/celebrating';
import { detectClarity } from './detectors/clarity';
import { detectCommonGround } from './detectors/common-ground';
import { detectFeedbackSpecificity } from './detectors/feedback';
import type { Finding } from './detectors/finding';
import { detectListening, type ListeningFindings } from './detectors/listening';
import { detectNetworking } from './detectors/networking';
import { detectQuestions, stackedQuestions, type Question } from './detectors/questions';
import { pickedUp } from './lexicon';
import { commanding } from './rules/dismissal';
import { spans } from './rules/rule';
import { factsFrom, type ReplyFacts } from './reply-facts';
import type { Analysis, Span } from './text';

export type SpansByCheck = Map<string, Span[]>;

export interface Detection {
  /** Spans by check, for every criterion of the rubric. */
  spans: Map<CriterionId, SpansByCheck>;
  facts: ReplyFacts;
  /** Checks met at an earlier moment that carry over, as `criterion/check`. */
  carried: Set<string>;
  questions: Question[];
  listening: ListeningFindings;
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
export function detectAll(reply: Analysis, context: Analysis, request: GradeRequest): Detection {
  const out = new Map<CriterionId, SpansByCheck>();
  const questions = detectQuestions(reply);
  const listening = detectListening(reply, context, questions);
  // Every criterion is detected, whatever is graded: the fitted levels read across criteria.
  const wants = new Set(CriterionId.options);
  const graded = new Set(request.criteria);

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
    // An open question after an override, a dismissal or orders is loaded: "…or we'll talk about your role.
    // What questions do you have?" asks for compliance, not their view.
    const pushes = [
      ...listening.findings.filter((f) => f.label === 'overrides' || f.label === 'dismisses'),
      ...reply.sentences.flatMap((s) => spans(commanding, s)),
    ];
    const loaded = open.filter((q) => pushes.some((p) => p.start < q.sentence.start));
    m.set(
      'leading_question',
      [...questions.filter((q) => q.leading), ...loaded].map((q) => q.sentence),
    );
    m.set('stacked_questions', stackedQuestions(reply, questions).flat());
    out.set('open_questions', m);
  }
  const accountability = detectAccountability(reply);
  if (wants.has('active_listening')) {
    // Owning a mistake means saying what I did and will do: where that is the task, it is not a change of topic.
    const owning =
      graded.has('accountability') &&
      accountability.some((f) => ['owns_with_i', 'apologises', 'repair_plan'].includes(f.label));
    out.set(
      'active_listening',
      group(owning ? listening.findings.filter((f) => f.label !== 'shifts_to_self') : listening.findings),
    );
  }
  if (wants.has('clarity')) {
    const { findings } = detectClarity(reply, request.replyWords, listening.stockStems);
    const m = group(findings);
    const substantive = reply.words >= 3 && reply.terms.some((t) => t.tags.has('Verb') || t.tags.has('Noun'));
    // A zero-width span marks the check met without highlighting anything.
    m.set('has_content', substantive ? [{ start: 0, end: 0, text: '' }] : []);
    out.set('clarity', m);
  }
  if (wants.has('accountability')) out.set('accountability', group(accountability));
  if (wants.has('specific_feedback')) out.set('specific_feedback', group(detectFeedbackSpecificity(reply, questions)));
  if (wants.has('networking')) out.set('networking', group(detectNetworking(reply, context, questions)));
  if (wants.has('celebrating')) out.set('celebrating', group(detectCelebrating(reply, context, questions)));
  if (wants.has('common_ground'))
    out.set(
      'common_ground',
      group(
        detectCommonGround(
          reply,
          questions,
          listening.reflection.candidates.length > 0 || listening.groundedAcknowledgements.length > 0,
        ),
      ),
    );
  const carried = carryOver(out, request.earlier ?? []);
  return { spans: out, facts: factsFrom(reply, questions, listening), carried, questions, listening };
}

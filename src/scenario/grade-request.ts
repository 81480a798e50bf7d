/**
 * The one way a grade request is built: at a moment of a conversation (the machine), for a saved
 * attempt (a regrade), and from the command line (`npm run grade`). A regrade that rebuilt the
 * request differently would grade a different question: no weights, or the ownership said at an
 * earlier moment forgotten.
 */
import type { GradeRequest } from '../grading/grade.schema';
import { CORE_CRITERIA, type CriterionId } from '../grading/rubric';
import { criteriaForBeat, type Scenario } from './scenario.schema';
import type { Attempt } from '../storage/history.schema';

/** Who the learner is talking to and why, as the LLM grader reads it. */
export function scenarioBrief(scenario: Scenario): NonNullable<GradeRequest['scenario']> {
  return {
    title: scenario.title,
    setting: scenario.setting,
    goal: scenario.goal,
    personaName: scenario.persona.name,
    personaRole: scenario.persona.role,
  };
}

export interface Moment {
  reply: string;
  /** What the partner said, which the reply answers. */
  context: string;
  /** The learner's kept replies at earlier moments of the conversation, oldest first. */
  earlier?: string[];
  /** Overrides of the beat's criteria and weights, e.g. from an attempt saved under another version. */
  criteria?: CriterionId[];
  weights?: GradeRequest['weights'];
}

/**
 * The request for a reply at a beat of `scenario`, or, without a scenario or a beat, for the core
 * criteria (or the scenario's whole set) with what the moment says.
 */
export function gradeRequest(scenario: Scenario | undefined, beatId: string | undefined, moment: Moment): GradeRequest {
  const beat = scenario?.beats.find((b) => b.id === beatId);
  const criteria =
    moment.criteria ??
    (scenario && beat
      ? criteriaForBeat(scenario, beat)
      : scenario
        ? [...new Set(scenario.beats.flatMap((b) => criteriaForBeat(scenario, b)))]
        : [...CORE_CRITERIA]);
  const weights = moment.weights ?? beat?.weights;
  return {
    reply: moment.reply,
    context: moment.context,
    ...(moment.earlier?.length ? { earlier: moment.earlier } : {}),
    criteria,
    ...(weights ? { weights } : {}),
    ...(scenario ? { replyWords: scenario.reply_words, scenario: scenarioBrief(scenario) } : {}),
  };
}

/**
 * The request a saved attempt was graded with, rebuilt: what it stored (criteria, weights, the
 * earlier replies that carried checks over) wins over what the scenario says today.
 */
export function requestForAttempt(attempt: Attempt, scenario: Scenario | undefined): GradeRequest {
  const sameScenario = scenario && scenario.id === attempt.scenarioId ? scenario : undefined;
  return gradeRequest(sameScenario, attempt.beatId, {
    reply: attempt.reply,
    context: attempt.context,
    earlier: attempt.gradedWith?.earlier,
    criteria: attempt.gradedWith?.criteria ?? attempt.grade.criteria.map((c) => c.id),
    weights: attempt.gradedWith?.weights,
  });
}

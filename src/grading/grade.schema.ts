import { z } from 'zod';
import { CriterionId, Level } from './rubric';

/** A character span of the learner's reply that a check rests on. */
export const Evidence = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  polarity: z.enum(['supports', 'undermines']),
  /** The check this span is evidence for. */
  check: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const CheckResult = z.object({ id: z.string(), label: z.string(), met: z.boolean() });
export type CheckResult = z.infer<typeof CheckResult>;

export const Suggestion = z.object({
  /** What to do differently, in one sentence. */
  text: z.string(),
  /** An example phrasing built from what the partner actually said. */
  example: z.string().optional(),
  /** The words from the partner's line that the example picks up, when it does. */
  grounding: z.string().optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const CriterionGrade = z.object({
  id: CriterionId,
  level: Level,
  checks: z.array(CheckResult),
  evidence: z.array(Evidence),
  rationale: z.string(),
  suggestion: Suggestion,
  /** On an LLM grade, the on-device grader's level, shown beside the model's when they disagree. */
  embedded_level: Level.optional(),
});
export type CriterionGrade = z.infer<typeof CriterionGrade>;

/** Two levels apart is a disagreement the learner is shown: both engines' levels appear. */
export const DISAGREEMENT = 2;

export const EngineInfo = z.object({
  name: z.enum(['embedded', 'llm']),
  version: z.string(),
  rubric_version: z.string(),
  model: z.string().optional(),
  prompt_version: z.string().optional(),
});
export type EngineInfo = z.infer<typeof EngineInfo>;

export const Grade = z.object({
  /** 0-100, computed in code from the levels and weights. */
  overall: z.number().min(0).max(100),
  criteria: z.array(CriterionGrade).min(1),
  /** Whole-reply findings, e.g. `addressed-to-grader`. */
  flags: z.array(z.string()),
  /**
   * What the reply does as a whole, computed by code (the embedded detectors) whichever engine
   * graded it: the input of the conversation-level listening score. Absent in grades saved before it existed.
   */
  facts: z
    .object({
      question: z.enum(['open', 'closed', 'none']),
      /** How many questions the reply asks. */
      questions: z.number().int().min(0).optional(),
      reflection: z.boolean(),
      advice: z.boolean(),
      monologue: z.boolean(),
      /** Checks met at an earlier moment of this conversation that carry over, as `criterion/check`. */
      carried: z.array(z.string()).optional(),
    })
    .optional(),
  engine: EngineInfo,
  /** The reply rewritten by the LLM grader, keeping the learner's own facts and names. */
  better_version: z.string().optional(),
  /** Shown with the grade, e.g. that the LLM failed and this is the embedded grade instead. */
  notice: z.string().optional(),
});
export type Grade = z.infer<typeof Grade>;

/** A grader failure is its own outcome and never a score. */
export const GradeOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('graded'), grade: Grade }),
  z.object({ kind: z.literal('grader-failed'), reason: z.string() }),
  /** Nothing to grade (an empty reply): not a zero, and not the grader's fault. */
  z.object({ kind: z.literal('invalid-input'), reason: z.string() }),
]);
export type GradeOutcome = z.infer<typeof GradeOutcome>;

export const GradeRequest = z.object({
  reply: z.string(),
  /** What the partner just said, which the reply answers. */
  context: z.string(),
  /**
   * The learner's replies at earlier moments of this conversation, oldest first. A mistake owned, or
   * the behaviour and impact of feedback named, need not be said again in every later reply.
   */
  earlier: z.array(z.string()).optional(),
  criteria: z.array(CriterionId).min(1),
  weights: z.partialRecord(CriterionId, z.number().min(0)).optional(),
  replyWords: z.object({ min: z.number(), max: z.number() }).optional(),
  /** Who the learner is talking to and why; the LLM grader needs it, the embedded one does not. */
  scenario: z
    .object({
      title: z.string(),
      setting: z.string(),
      goal: z.string(),
      personaName: z.string(),
      personaRole: z.string(),
    })
    .optional(),
});
export type GradeRequest = z.infer<typeof GradeRequest>;

/** The one interface both engines implement. */
export interface Grader {
  readonly name: EngineInfo['name'];
  grade(request: GradeRequest, signal?: AbortSignal): Promise<GradeOutcome>;
}

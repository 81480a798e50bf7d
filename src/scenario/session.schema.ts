import { z } from 'zod';
import { Grade } from '../grading/grade.schema';
import { CriterionId, Level } from '../grading/rubric';

/** One graded reply at one beat of one practice session. */
export const Attempt = z.object({
  id: z.string().min(1),
  sessionId: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  beatId: z.string().min(1),
  /** What the persona said, which the reply answers. */
  context: z.string(),
  reply: z.string(),
  grade: Grade,
  /**
   * What the grade request held beyond the reply and context, so a regrade asks the same question
   * (absent in attempts saved before it existed).
   */
  gradedWith: z
    .object({
      criteria: z.array(CriterionId).min(1),
      weights: z.partialRecord(CriterionId, z.number().min(0)).optional(),
      /** The learner's kept replies at earlier moments, which carry checks over (ownership, S and B of feedback). */
      earlier: z.array(z.string()).optional(),
    })
    .optional(),
  /** The learner's own rating of the reply, given before they saw the grade. */
  selfAssessment: z.partialRecord(CriterionId, Level).optional(),
  /** ISO time of grading. */
  createdAt: z.iso.datetime(),
});
export type Attempt = z.infer<typeof Attempt>;

/** A finished practice session: the path taken and the attempt kept at each beat. */
export const SessionSummary = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  /** The attempt ids that moved the conversation on, one per beat visited, in order. */
  attemptIds: z.array(z.string()),
  /** Mean overall score of those attempts, 0-100. */
  overall: z.number().min(0).max(100),
  /** The conversation-level listening score of those attempts, 0-100, when their grades carry facts. */
  listening: z.number().min(0).max(100).optional(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

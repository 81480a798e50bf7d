/**
 * The learner's history, as it is kept: a graded reply (Attempt), a finished conversation
 * (SessionSummary), and the summary of a reply that lists and charts read (AttemptSummary). The
 * practice session's machine makes the first two; storage keeps and parses all three.
 */
import { z } from 'zod';
import { Grade, type EngineInfo } from '../grading/grade.schema';
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

export interface Rows<T> {
  rows: T[];
  /** Rows that failed to parse and were skipped. */
  skipped: number;
}

/** What lists and charts need of an attempt, read without parsing the whole attempt. */
export const AttemptSummary = z.object({
  id: z.string().min(1),
  sessionId: z.string(),
  scenarioId: z.string(),
  beatId: z.string(),
  createdAt: z.iso.datetime(),
  overall: z.number().min(0).max(100),
  levels: z.record(z.string(), z.number().int().min(0).max(4)),
  /** The engine as a key: `embedded` or `llm:<model>` (see engineKey). */
  engine: z.string(),
  rubric: z.string(),
  /** Engine, version, model and prompt (absent in summaries written before v4 of the database). */
  grader: z.string().optional(),
  replyPreview: z.string(),
  selfGap: z.number().min(0).max(4).optional(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

/** A grade's engine, as far as naming it goes (older rows may name an engine this version lacks). */
type EngineRef = { name: EngineInfo['name'] | (string & {}); model?: string };

/** The engine of a grade as one key, which filters and lists group by: `embedded` or `llm:<model>`. */
export function engineKey(engine: EngineRef): string {
  return engine.name === 'llm' ? `llm:${engine.model ?? ''}` : engine.name;
}

/**
 * How a grader is named wherever it is shown, from a grade's engine or its key: "the on-device
 * grader", or the language model's name.
 */
export function engineLabel(engine: EngineRef | string): string {
  const { name, model }: EngineRef =
    typeof engine !== 'string'
      ? engine
      : engine.startsWith('llm:')
        ? { name: 'llm', model: engine.slice(4) }
        : { name: engine };
  if (name === 'embedded') return 'the on-device grader';
  if (name === 'llm') return model || 'a language model';
  return name;
}

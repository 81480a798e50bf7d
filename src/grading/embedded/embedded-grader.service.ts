import type { Grader, GradeOutcome, GradeRequest } from '../grade.schema';
import { gradeEmbedded } from './embedded-grader';

/** The embedded grader in the calling thread: for Node (CLI, tests) and the worker itself. */
export const inThreadEmbeddedGrader: Grader = {
  name: 'embedded',
  async grade(request: GradeRequest): Promise<GradeOutcome> {
    if (!request.reply.trim()) return { kind: 'invalid-input', reason: 'The reply is empty.' };
    try {
      return { kind: 'graded', grade: gradeEmbedded(request) };
    } catch (err) {
      return { kind: 'grader-failed', reason: `The embedded grader hit an error: ${describe(err)}` };
    }
  },
};

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

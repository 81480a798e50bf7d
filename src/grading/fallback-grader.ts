import type { Grader, GradeOutcome, GradeRequest } from './grade.schema';

/**
 * Grades with the primary engine (the LLM); when it fails, shows the fallback's grade (embedded)
 * marked as such, so practice goes on. The failure reason travels with the grade; it is never
 * turned into a score of its own.
 */
export function withFallback(primary: Grader, fallback: Grader): Grader {
  return {
    name: primary.name,
    async grade(request: GradeRequest, signal?: AbortSignal): Promise<GradeOutcome> {
      const first = await primary.grade(request, signal);
      if (first.kind !== 'grader-failed') return first;
      const second = await fallback.grade(request, signal);
      if (second.kind !== 'graded') return first;
      return {
        kind: 'graded',
        grade: {
          ...second.grade,
          flags: [...second.grade.flags, 'llm-failed'],
          notice: `The LLM grader could not grade this reply: ${first.reason} This is the embedded grade instead; you can regrade with the LLM later.`,
        },
      };
    },
  };
}

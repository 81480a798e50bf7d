/// <reference lib="webworker" />
import { GradeRequest } from '../grade.schema';
import { inThreadEmbeddedGrader } from './embedded-grader.service';

// Grading runs here so compromise's tagging never blocks typing on the main thread.
self.onmessage = async (event: MessageEvent<{ id: number; request: unknown }>) => {
  const { id, request } = event.data;
  const parsed = GradeRequest.safeParse(request);
  const outcome = parsed.success
    ? await inThreadEmbeddedGrader.grade(parsed.data)
    : { kind: 'grader-failed' as const, reason: `Invalid grading request: ${parsed.error.message}` };
  self.postMessage({ id, outcome });
};

/// <reference lib="webworker" />
import '../../zod-config';
import { GradeRequest } from '../grade.schema';
import { inThreadEmbeddedGrader } from './embedded-grader.service';
import { loadNlp } from './text';

// Grading runs here so wink-nlp's tagging never blocks typing on the main thread.
self.onmessage = async (event: MessageEvent<{ id: number; request?: unknown; warmUp?: boolean }>) => {
  const { id, request, warmUp } = event.data;
  if (warmUp) {
    loadNlp(); // load the model while the learner reads the briefing
    return;
  }
  const parsed = GradeRequest.safeParse(request);
  const outcome = parsed.success
    ? await inThreadEmbeddedGrader.grade(parsed.data)
    : { kind: 'grader-failed' as const, reason: `Invalid grading request: ${parsed.error.message}` };
  self.postMessage({ id, outcome });
};

import type { Grader } from '../grading/grade.schema';
import { createWorkerGrader } from '../grading/embedded/worker-grader';

let grader: ReturnType<typeof createWorkerGrader> | null = null;

/** The app's grader: the embedded one, in a worker, created on first use. */
export function appGrader(): Grader {
  grader ??= createWorkerGrader();
  return grader;
}

/** Loads the grader's language model in the background, e.g. while a briefing is read. */
export function warmUpGrader(): void {
  grader ??= createWorkerGrader();
  grader.warmUp();
}

import type { Grader } from '../grading/grade.schema';
import { createWorkerGrader } from '../grading/embedded/worker-grader';

let grader: Grader | null = null;

/** The app's grader: the embedded one, in a worker, created on first use. */
export function appGrader(): Grader {
  grader ??= createWorkerGrader();
  return grader;
}

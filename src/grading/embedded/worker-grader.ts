import { GradeOutcome, type Grader, type GradeRequest } from '../grade.schema';

const TIMEOUT_MS = 20_000;

/** The worker's module, started lazily; tests pass a fake. */
const startWorker = () => new Worker(new URL('./embedded.worker.ts', import.meta.url), { type: 'module' });

/**
 * The embedded grader behind a Web Worker, created on first use so the NLP code loads lazily
 * and off the main thread. A crashed or silent worker is a grader failure, never a score.
 */
export function createWorkerGrader(
  options: { timeoutMs?: number; makeWorker?: () => Worker } = {},
): Grader & { warmUp(): void } {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const makeWorker = options.makeWorker ?? startWorker;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (o: GradeOutcome) => void>();

  function failAll(reason: string) {
    for (const resolve of pending.values()) resolve({ kind: 'grader-failed', reason });
    pending.clear();
    worker?.terminate();
    worker = null;
  }

  function getWorker(): Worker {
    if (worker) return worker;
    worker = makeWorker();
    worker.onmessage = (e: MessageEvent<{ id: number; outcome: unknown }>) => {
      const resolve = pending.get(e.data.id);
      if (!resolve) return;
      pending.delete(e.data.id);
      const parsed = GradeOutcome.safeParse(e.data.outcome);
      resolve(
        parsed.success ? parsed.data : { kind: 'grader-failed', reason: 'The grader returned a malformed result.' },
      );
    };
    worker.onerror = (e) => failAll(`The grader stopped unexpectedly${e.message ? `: ${e.message}` : ''}.`);
    return worker;
  }

  return {
    name: 'embedded',
    /** Starts the worker and loads the language model ahead of the first grade. */
    warmUp() {
      try {
        getWorker().postMessage({ id: 0, warmUp: true });
      } catch {
        // The first grade will report the problem.
      }
    },
    grade(request: GradeRequest, signal?: AbortSignal) {
      return new Promise<GradeOutcome>((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          if (pending.delete(id)) resolve({ kind: 'grader-failed', reason: 'Grading took too long. Try again.' });
        }, timeoutMs);
        pending.set(id, (o) => {
          clearTimeout(timer);
          resolve(o);
        });
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          // Settled, so whoever awaits it is never left hanging; the worker's late answer is ignored.
          if (pending.delete(id)) resolve({ kind: 'grader-failed', reason: 'Grading was cancelled.' });
        });
        try {
          getWorker().postMessage({ id, request });
        } catch (err) {
          pending.delete(id);
          clearTimeout(timer);
          resolve({ kind: 'grader-failed', reason: `Could not start the grader: ${String(err)}` });
        }
      });
    },
  };
}

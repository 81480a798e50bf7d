/** The worker grader's own failure paths, with a fake Worker: none of them is ever a score. */
import { describe, expect, it } from 'vitest';
import type { GradeRequest } from '../grade.schema';
import { gradeEmbedded } from './embedded-grader';
import { createWorkerGrader } from './worker-grader';

const request: GradeRequest = { reply: 'What happened?', context: 'It went badly.', criteria: ['open_questions'] };

type Reply = (msg: { id: number; request?: GradeRequest; warmUp?: boolean }, worker: FakeWorker) => void;

class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(private readonly reply: Reply) {}
  postMessage(msg: { id: number; request?: GradeRequest; warmUp?: boolean }) {
    this.posted.push(msg);
    queueMicrotask(() => this.reply(msg, this));
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  crash(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

function graderWith(reply: Reply, timeoutMs = 1_000) {
  const workers: FakeWorker[] = [];
  const grader = createWorkerGrader({
    timeoutMs,
    makeWorker: () => {
      const w = new FakeWorker(reply);
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { grader, workers };
}

describe('worker grader', () => {
  it('passes a well-formed grade through', async () => {
    const { grader } = graderWith((msg, w) =>
      w.answer({ id: msg.id, outcome: { kind: 'graded', grade: gradeEmbedded(msg.request!) } }),
    );
    const outcome = await grader.grade(request);
    expect(outcome.kind).toBe('graded');
  });

  it('turns a malformed result into a failure, never a score', async () => {
    const { grader } = graderWith((msg, w) =>
      w.answer({ id: msg.id, outcome: { kind: 'graded', grade: { overall: 250, criteria: [] } } }),
    );
    expect(await grader.grade(request)).toEqual({
      kind: 'grader-failed',
      reason: 'The grader returned a malformed result.',
    });
  });

  it('fails when the worker is silent past the timeout', async () => {
    const { grader } = graderWith(() => {}, 30);
    expect(await grader.grade(request)).toEqual({ kind: 'grader-failed', reason: 'Grading took too long. Try again.' });
  });

  it('fails every pending grade when the worker crashes, and starts a fresh worker next time', async () => {
    let first = true;
    const { grader, workers } = graderWith((msg, w) => {
      if (first) {
        first = false;
        w.crash('out of memory');
      } else w.answer({ id: msg.id, outcome: { kind: 'graded', grade: gradeEmbedded(msg.request!) } });
    });
    expect(await grader.grade(request)).toEqual({
      kind: 'grader-failed',
      reason: 'The grader stopped unexpectedly: out of memory.',
    });
    expect(workers[0]!.terminated).toBe(true);
    expect((await grader.grade(request)).kind).toBe('graded');
    expect(workers).toHaveLength(2);
  });

  it('settles a cancelled grade at once instead of leaving it hanging', async () => {
    const { grader } = graderWith(() => {});
    const controller = new AbortController();
    const pending = grader.grade(request, controller.signal);
    controller.abort();
    expect(await pending).toEqual({ kind: 'grader-failed', reason: 'Grading was cancelled.' });
  });

  it('reports a worker that cannot start as a failure', async () => {
    const grader = createWorkerGrader({
      makeWorker: () => {
        throw new Error('workers are disabled');
      },
    });
    const outcome = await grader.grade(request);
    expect(outcome).toMatchObject({
      kind: 'grader-failed',
      reason: expect.stringMatching(/Could not start the grader/),
    });
  });
});

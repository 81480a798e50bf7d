import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { GradeOutcome, GradeRequest } from '../grading/grade.schema';
import { aGrade, aScenario } from '../test/builders';
import { requestForAttempt } from './grade-request';
import { createPracticeSessionMachine, keptAttempts, type SaveAttemptInput } from './practice-session.machine';
import type { SessionSummary } from '../storage/history.schema';

function startSession(
  grade: (req: GradeRequest) => Promise<GradeOutcome>,
  options: {
    regrade?: (req: GradeRequest) => Promise<GradeOutcome>;
    failSaves?: number;
    failSessionSaves?: number;
  } = {},
) {
  let failures = options.failSaves ?? 0;
  let sessionFailures = options.failSessionSaves ?? 0;
  const regradeRequests: GradeRequest[] = [];
  const saved: SaveAttemptInput[] = [];
  const sessions: SessionSummary[] = [];
  const requests: GradeRequest[] = [];
  const machine = createPracticeSessionMachine(aScenario()).provide({
    actors: {
      gradeReply: fromPromise<GradeOutcome, GradeRequest>(async ({ input }) => {
        requests.push(input);
        return grade(input);
      }),
      ...(options.regrade
        ? {
            regradeReply: fromPromise<GradeOutcome, GradeRequest>(async ({ input }) => {
              regradeRequests.push(input);
              return options.regrade!(input);
            }),
          }
        : {}),
      saveAttempt: fromPromise<void, SaveAttemptInput>(async ({ input }) => {
        if (failures-- > 0) throw new Error('disk unplugged');
        saved.push(input);
      }),
      saveSession: fromPromise<void, SessionSummary>(async ({ input }) => {
        if (sessionFailures-- > 0) throw new Error('disk unplugged');
        sessions.push(input);
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's1', startedAt: '2026-11-27T10:00:00.000Z' } }).start();
  return { actor, saved, sessions, requests, regradeRequests };
}

const graded = (levels: Parameters<typeof aGrade>[0]) => async (): Promise<GradeOutcome> => ({
  kind: 'graded',
  grade: aGrade(levels),
});

describe('practice session machine', () => {
  it('starts with the briefing, then shows the first beat', () => {
    const { actor } = startSession(graded({}));
    expect(actor.getSnapshot().hasTag('briefing')).toBe(true);
    actor.send({ type: 'user.start' });
    expect(actor.getSnapshot().hasTag('awaitingReply')).toBe(true);
    expect(actor.getSnapshot().context.beatId).toBe('opening');
  });

  it('refuses an empty or whitespace-only reply', () => {
    const { actor } = startSession(graded({}));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: '   \n ' });
    expect(actor.getSnapshot().hasTag('awaitingReply')).toBe(true);
  });

  it('grades the reply against what the persona said, saves it, then shows feedback', async () => {
    const { actor, saved, requests } = startSession(graded({ open_questions: 4 }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How did the offsite go?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(requests[0]).toMatchObject({
      reply: 'How did the offsite go?',
      context: 'Hi, I just got back from the planning offsite.',
      criteria: ['active_listening', 'clarity', 'open_questions'],
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.attempt).toMatchObject({
      beatId: 'opening',
      reply: 'How did the offsite go?',
      scenarioId: 'test-scenario',
    });
  });

  it('sends the grader the replies kept at earlier moments, not an earlier try at this one', async () => {
    const { actor, requests } = startSession(graded({ open_questions: 3 }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'Nice. Was it useful?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.retryBeat' });
    actor.send({ type: 'user.submitReply', reply: 'How did the offsite go?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.continue' });
    actor.send({ type: 'user.submitReply', reply: 'What made billing the one to rebuild?' });
    await waitFor(actor, (s) => s.hasTag('feedback') && requests.length === 3);
    expect(requests.map((r) => r.earlier)).toEqual([undefined, undefined, ['How did the offsite go?']]);
  });

  it('regrades the latest reply with the very request it was graded with, then saves and branches on the new grade', async () => {
    const { actor, requests, regradeRequests, saved } = startSession(graded({ open_questions: 1 }), {
      regrade: graded({ open_questions: 4 }),
    });
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How did the offsite go?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.continue' }); // open questions 1: the closed branch
    const closedBeat = actor.getSnapshot().context.beatId;
    actor.send({ type: 'user.submitReply', reply: 'What made billing the one to rebuild?' });
    await waitFor(actor, (s) => s.hasTag('feedback') && requests.length === 2);
    actor.send({ type: 'user.regrade' });
    expect(actor.getSnapshot().hasTag('regrading')).toBe(true);
    await waitFor(actor, (s) => s.hasTag('feedback') && !s.hasTag('regrading') && saved.length === 3);
    // The same question asked again: earlier replies (which carry checks over) and weights included.
    expect(regradeRequests).toEqual([requests[1]]);
    expect(requestForAttempt(saved[2]!.attempt, aScenario())).toEqual(requests[1]);
    expect(saved[2]!.attempt.grade.criteria.find((c) => c.id === 'open_questions')!.level).toBe(4);
    expect(closedBeat).not.toBe('opening');
  });

  it('keeps the grade and says why when a regrade fails', async () => {
    const { actor } = startSession(graded({ open_questions: 2 }), {
      regrade: async () => ({ kind: 'grader-failed', reason: 'The model did not grade this reply within 120 s.' }),
    });
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How did it go?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.regrade' });
    await waitFor(actor, (s) => s.hasTag('feedback') && !s.hasTag('regrading'));
    const { context } = actor.getSnapshot();
    expect(context.regradeFailure).toMatch(/within 120 s/);
    expect(context.attempts[0]!.grade.criteria.find((c) => c.id === 'open_questions')!.level).toBe(2);
  });

  it('saves a self-rating through the machine, and a failed save is a state with a retry, never silent', async () => {
    const { actor, saved } = startSession(graded({}), { failSaves: 2 });
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How did it go?' });
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().context.storageProblem).toMatch(/could not be saved.*disk unplugged/);
    expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
    const attemptId = actor.getSnapshot().context.attempts[0]!.id;
    actor.send({ type: 'user.selfAssessed', attemptId, ratings: { clarity: 3 } });
    await waitFor(actor, (s) => s.hasTag('saveFailed') && !s.hasTag('grading'));
    actor.send({ type: 'user.retrySave' });
    await waitFor(actor, (s) => s.hasTag('feedback') && !s.hasTag('saveFailed') && saved.length === 1);
    expect(saved[0]!.attempt.selfAssessment).toEqual({ clarity: 3 });
    expect(actor.getSnapshot().context.storageProblem).toBeNull();
  });

  it('lets the learner retry saving the conversation when its summary cannot be saved', async () => {
    const { actor, sessions } = startSession(graded({ open_questions: 4 }), { failSessionSaves: 1 });
    actor.send({ type: 'user.start' });
    for (let i = 0; i < 2; i++) {
      actor.send({ type: 'user.submitReply', reply: 'What happened next?' });
      await waitFor(actor, (s) => s.hasTag('feedback'));
      actor.send({ type: 'user.continue' });
    }
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().hasTag('debrief')).toBe(true);
    expect(sessions).toHaveLength(0);
    actor.send({ type: 'user.retrySave' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(sessions).toHaveLength(1);
  });

  it('takes the open-up branch when the open-questions level meets the guard', async () => {
    const { actor } = startSession(graded({ open_questions: 3 }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How did it go?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.continue' });
    expect(actor.getSnapshot().context.beatId).toBe('opens-up');
  });

  it('takes the default branch when the guard fails', async () => {
    const { actor } = startSession(graded({ open_questions: 2 }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'Was it good?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.continue' });
    expect(actor.getSnapshot().context.beatId).toBe('short-answer');
  });

  it('branches on the latest attempt after a retry, and keeps both attempts', async () => {
    let level = 1;
    const { actor } = startSession(async () => ({ kind: 'graded', grade: aGrade({ open_questions: level }) }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'Was it good?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.retryBeat' });
    level = 4;
    actor.send({ type: 'user.submitReply', reply: 'What came out of it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(actor.getSnapshot().context.attempts).toHaveLength(2);
    actor.send({ type: 'user.continue' });
    expect(actor.getSnapshot().context.beatId).toBe('opens-up');
  });

  it('treats a grader failure as its own state, keeps the reply, and never records a score', async () => {
    let fail = true;
    const { actor, saved } = startSession(async () =>
      fail ? { kind: 'grader-failed', reason: 'Grading took too long.' } : { kind: 'graded', grade: aGrade() },
    );
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'What happened there?' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    const ctx = actor.getSnapshot().context;
    expect(ctx.graderFailure).toBe('Grading took too long.');
    expect(ctx.pendingReply).toBe('What happened there?');
    expect(ctx.attempts).toHaveLength(0);
    expect(saved).toHaveLength(0);
    fail = false;
    actor.send({ type: 'user.retryGrading' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(actor.getSnapshot().context.attempts[0]!.reply).toBe('What happened there?');
  });

  it('never treats an invalid input as graded: no attempt, no score, the reply kept', async () => {
    const { actor, saved } = startSession(async () => ({ kind: 'invalid-input', reason: 'The reply is empty.' }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: '   x   ' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    const { context } = actor.getSnapshot();
    expect(context.attempts).toEqual([]);
    expect(saved).toEqual([]);
    expect(context.graderFailure).toBe('The reply is empty.');
    expect(context.pendingReply).toBe('   x   ');
  });

  it('treats a thrown grader error as a failure too', async () => {
    const { actor } = startSession(async () => {
      throw new Error('worker crashed');
    });
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'Hello?' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    expect(actor.getSnapshot().context.graderFailure).toBe('worker crashed');
  });

  it('still shows feedback when saving fails, with a notice', async () => {
    const machine = createPracticeSessionMachine(aScenario()).provide({
      actors: {
        gradeReply: fromPromise<GradeOutcome, GradeRequest>(graded({})),
        saveAttempt: fromPromise<void, SaveAttemptInput>(async () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }),
      },
    });
    const actor = createActor(machine, { input: { sessionId: 's', startedAt: new Date().toISOString() } }).start();
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(actor.getSnapshot().context.storageProblem).toMatch(/storage for Rapport is full.*kept for this session/);
    expect(actor.getSnapshot().context.attempts).toHaveLength(1);
  });

  it('ends with a debrief and saves a session summary of the kept attempts', async () => {
    const { actor, sessions } = startSession(graded({ open_questions: 4 }));
    actor.send({ type: 'user.start' });
    for (let i = 0; i < 2; i++) {
      actor.send({ type: 'user.submitReply', reply: 'What happened next?' });
      await waitFor(actor, (s) => s.hasTag('feedback'));
      actor.send({ type: 'user.continue' });
    }
    await waitFor(actor, (s) => s.status === 'done');
    expect(actor.getSnapshot().hasTag('debrief')).toBe(true);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ scenarioId: 'test-scenario', attemptIds: ['s1:1', 's1:2'] });
    expect(keptAttempts(actor.getSnapshot().context).map((a) => a.beatId)).toEqual(['opening', 'opens-up']);
  });

  it('resumes from a persisted snapshot at the same beat and state', async () => {
    const { actor } = startSession(graded({ open_questions: 4 }));
    actor.send({ type: 'user.start' });
    actor.send({ type: 'user.submitReply', reply: 'What happened?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const machine = createPracticeSessionMachine(aScenario());
    const resumed = createActor(machine, { snapshot: persisted, input: { sessionId: 'x', startedAt: '' } }).start();
    expect(resumed.getSnapshot().hasTag('feedback')).toBe(true);
    expect(resumed.getSnapshot().context.attempts[0]!.reply).toBe('What happened?');
    resumed.send({ type: 'user.continue' });
    expect(resumed.getSnapshot().context.beatId).toBe('opens-up');
  });

  it('grades again after a reload that happened while grading, without losing the reply', async () => {
    const hanging = createPracticeSessionMachine(aScenario()).provide({
      actors: { gradeReply: fromPromise<GradeOutcome, GradeRequest>(() => new Promise(() => {})) },
    });
    const first = createActor(hanging, { input: { sessionId: 's', startedAt: '' } }).start();
    first.send({ type: 'user.start' });
    first.send({ type: 'user.submitReply', reply: 'What did you decide?' });
    expect(first.getSnapshot().hasTag('grading')).toBe(true);
    const persisted = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    first.stop();

    const requests: GradeRequest[] = [];
    const working = createPracticeSessionMachine(aScenario()).provide({
      actors: {
        gradeReply: fromPromise<GradeOutcome, GradeRequest>(async ({ input }) => {
          requests.push(input);
          return { kind: 'graded', grade: aGrade() };
        }),
        saveAttempt: fromPromise<void, SaveAttemptInput>(async () => {}),
      },
    });
    const resumed = createActor(working, { snapshot: persisted, input: { sessionId: 'x', startedAt: '' } }).start();
    await waitFor(resumed, (s) => s.hasTag('feedback'));
    expect(requests.map((r) => r.reply)).toEqual(['What did you decide?']);
    expect(resumed.getSnapshot().context.attempts[0]!.reply).toBe('What did you decide?');
  });
});

/**
 * The session machine's guards and records, each reached: branch conditions of every kind, what an
 * attempt and a session summary keep, the on-device grade, the persona's own words, and failures
 * that are never silent.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { Grade, GradeOutcome, GradeRequest } from '../grading/grade.schema';
import { aCriterionGrade, aGrade, aScenario } from '../test/builders';
import {
  createPracticeSessionMachine,
  latestAttempt,
  personaLine,
  sessionListening,
  sessionSummary,
  type SaveAttemptInput,
} from './practice-session.machine';
import type { Scenario } from './scenario.schema';

type Outcome = GradeOutcome | (() => Promise<GradeOutcome>);

function run(
  scenario: Scenario,
  outcomes: { grade?: Outcome; onDevice?: Outcome; regrade?: Outcome; save?: () => Promise<void> } = {},
) {
  const saved: SaveAttemptInput[] = [];
  const summaries: unknown[] = [];
  const asked: GradeRequest[] = [];
  const answer = (o: Outcome | undefined) =>
    fromPromise<GradeOutcome, GradeRequest>(async ({ input }) => {
      asked.push(input);
      if (!o) throw new Error('not expected');
      return typeof o === 'function' ? o() : o;
    });
  const machine = createPracticeSessionMachine(scenario).provide({
    actors: {
      gradeReply: answer(outcomes.grade),
      gradeOnDevice: answer(outcomes.onDevice),
      regradeReply: answer(outcomes.regrade),
      saveAttempt: fromPromise<void, SaveAttemptInput>(async ({ input }) => {
        await outcomes.save?.();
        saved.push(input);
      }),
      saveSession: fromPromise<void, ReturnType<typeof sessionSummary>>(
        async ({ input }) => void summaries.push(input),
      ),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's9', startedAt: '2026-11-27T10:00:00.000Z' } }).start();
  actor.send({ type: 'user.start' });
  return { actor, saved, summaries, asked, machine };
}

const gradedAs = (grade: Grade): GradeOutcome => ({ kind: 'graded', grade });

/** A scenario whose opening branches on `when` to `yes`, otherwise to `no`. */
function branching(when: unknown[], opening: Record<string, unknown> = {}): Scenario {
  return aScenario({
    beats: [
      { id: 'opening', persona: 'Hello.', branches: [{ when, goto: 'yes' }, { goto: 'no' }], ...opening },
      { id: 'yes', persona: 'Yes.', branches: [{ goto: 'debrief' }] },
      { id: 'no', persona: 'No.', branches: [{ goto: 'debrief' }] },
    ],
  });
}

async function branchAfter(scenario: Scenario, grade: Grade): Promise<string> {
  const { actor } = run(scenario, { grade: gradedAs(grade) });
  actor.send({ type: 'user.submitReply', reply: 'Well?' });
  await waitFor(actor, (s) => s.hasTag('feedback'));
  actor.send({ type: 'user.continue' });
  return actor.getSnapshot().context.beatId;
}

describe('branch conditions', () => {
  it.each<[string, unknown[], Grade, string, Record<string, unknown>?]>([
    ['at most, met', [{ criterion: 'clarity', at_most: 2 }], aGrade({ clarity: 2 }), 'yes'],
    ['at most, not met', [{ criterion: 'clarity', at_most: 2 }], aGrade({ clarity: 3 }), 'no'],
    ['at least, met exactly', [{ criterion: 'clarity', at_least: 3 }], aGrade({ clarity: 3 }), 'yes'],
    ['a band, inside', [{ criterion: 'clarity', at_least: 1, at_most: 2 }], aGrade({ clarity: 1 }), 'yes'],
    ['a band, above', [{ criterion: 'clarity', at_least: 1, at_most: 2 }], aGrade({ clarity: 4 }), 'no'],
    ['a band, below', [{ criterion: 'clarity', at_least: 1, at_most: 2 }], aGrade({ clarity: 0 }), 'no'],
    [
      'a check met',
      [{ criterion: 'open_questions', check: 'asks_question', met: true }],
      aGrade({ open_questions: 1 }),
      'yes',
    ],
    [
      'a check not met',
      [{ criterion: 'open_questions', check: 'asks_question', met: true }],
      aGrade({ open_questions: 0 }),
      'no',
    ],
    [
      'a check wanted unmet',
      [{ criterion: 'open_questions', check: 'asks_question', met: false }],
      aGrade({ open_questions: 0 }),
      'yes',
    ],
    [
      'a check wanted unmet, but met',
      [{ criterion: 'open_questions', check: 'asks_question', met: false }],
      aGrade({ open_questions: 2 }),
      'no',
    ],
    [
      'every condition, one failing',
      [
        { criterion: 'clarity', at_least: 1 },
        { criterion: 'open_questions', at_least: 3 },
      ],
      aGrade({ clarity: 4, open_questions: 2 }),
      'no',
    ],
    [
      'a criterion the grade lacks',
      [{ criterion: 'accountability', at_most: 4 }],
      aGrade({}),
      'no',
      { criteria: ['accountability'] },
    ],
  ])('%s', async (_, when, grade, beat, opening) => {
    expect(await branchAfter(branching(when, opening), grade)).toBe(beat);
  });

  it('describes each branch in the scenario’s own words', () => {
    const scenario = branching([
      { criterion: 'clarity', at_least: 1, at_most: 2 },
      { criterion: 'open_questions', check: 'only_closed', met: false },
      { criterion: 'open_questions', check: 'asks_question', met: true },
    ]);
    const machine = createPracticeSessionMachine(scenario);
    const feedback = machine.getStateNodeById('session.beat.opening').states.feedback!;
    expect(feedback.on['user.continue']!.map((t) => t.description)).toEqual([
      'if clarity ≥ 1 and clarity ≤ 2 and open_questions.only_closed not met and open_questions.asks_question met → yes',
      'otherwise → no',
    ]);
    expect(machine.getStateNodeById('session.beat.opening').description).toBe('Sam Lee: “Hello.”');
    const opening = createPracticeSessionMachine(aScenario()).getStateNodeById('session.beat.opening').states.feedback!;
    expect(opening.on['user.continue']!.map((t) => t.description)).toEqual([
      'if open_questions ≥ 3 → opens-up',
      'otherwise → short-answer',
    ]);
    const atMost = createPracticeSessionMachine(branching([{ criterion: 'clarity', at_most: 1 }]));
    expect(atMost.getStateNodeById('session.beat.opening').states.feedback!.on['user.continue']![0]!.description).toBe(
      'if clarity ≤ 1 → yes',
    );
    const last = createPracticeSessionMachine(aScenario()).getStateNodeById('session.beat.opens-up').states.feedback!;
    expect(last.on['user.continue']!.map((t) => t.description)).toEqual(['otherwise → debrief']);
  });
});

describe('what an attempt keeps', () => {
  it('its id, scenario, beat, the line it answered, the reply, and how it was graded', async () => {
    const scenario = aScenario({
      version: 3,
      beats: [
        {
          id: 'opening',
          persona: 'Hi, I just got back from the planning offsite.',
          weights: { open_questions: 2 },
          branches: [{ goto: 'next' }],
        },
        { id: 'next', persona: 'It went well.', branches: [{ goto: 'last' }] },
        { id: 'last', persona: 'Bye.', branches: [{ goto: 'debrief' }] },
      ],
    });
    const { actor, saved } = run(scenario, { grade: gradedAs(aGrade({ clarity: 4 })) });
    const before = new Date().toISOString();
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.continue' });
    actor.send({ type: 'user.submitReply', reply: 'What went well?' });
    await waitFor(actor, (s) => s.hasTag('feedback') && saved.length === 2);
    const [first, second] = saved.map((s) => s.attempt);
    expect(first).toMatchObject({
      id: 's9:1',
      sessionId: 's9',
      scenarioId: 'test-scenario',
      scenarioVersion: 3,
      beatId: 'opening',
      context: 'Hi, I just got back from the planning offsite.',
      reply: 'How was it?',
      grade: aGrade({ clarity: 4 }),
      gradedWith: { criteria: ['active_listening', 'clarity', 'open_questions'], weights: { open_questions: 2 } },
    });
    expect(first!.gradedWith).not.toHaveProperty('earlier');
    expect(first!.createdAt >= before).toBe(true);
    expect(second).toMatchObject({ id: 's9:2', beatId: 'next', gradedWith: { earlier: ['How was it?'] } });
    expect(second!.gradedWith).not.toHaveProperty('weights');
    expect(actor.getSnapshot().context.pendingReply).toBeNull();
    expect(actor.getSnapshot().context.path).toEqual(['opening', 'next']);
    // Each beat's own branches apply at that beat, and the debrief is not a beat of the path.
    actor.send({ type: 'user.continue' });
    expect(actor.getSnapshot().context.beatId).toBe('last');
    expect(actor.getSnapshot().hasTag('awaitingReply')).toBe(true);
    expect(latestAttempt(actor.getSnapshot().context)).toBeUndefined();
    actor.send({ type: 'user.submitReply', reply: 'Bye!' });
    await waitFor(actor, (s) => s.hasTag('feedback') && saved.length === 3);
    actor.send({ type: 'user.continue' });
    await waitFor(actor, (s) => s.status === 'done');
    expect(actor.getSnapshot().context.path).toEqual(['opening', 'next', 'last']);
  });

  it('the persona’s own words when a model spoke for it, trimmed; blank words change nothing', async () => {
    const { actor, saved, asked } = run(aScenario(), { grade: gradedAs(aGrade()) });
    actor.send({ type: 'persona.said', beatId: 'opening', text: '  Back from the offsite!  ' });
    actor.send({ type: 'persona.said', beatId: 'opening', text: '   ' });
    expect(actor.getSnapshot().context.personaLines).toEqual({ opening: 'Back from the offsite!' });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(asked[0]!.context).toBe('Back from the offsite!');
    expect(saved[0]!.attempt.context).toBe('Back from the offsite!');
  });

  it('personaLine: the model’s words, else the scripted line', () => {
    const beat = aScenario().beats[0]!;
    expect(personaLine({ personaLines: { opening: 'Model words.' } }, beat)).toBe('Model words.');
    expect(personaLine({ personaLines: { other: 'x' } }, beat)).toBe(beat.persona);
    // A session saved before model lines were kept has none at all.
    expect(personaLine({} as Parameters<typeof personaLine>[0], beat)).toBe(beat.persona);
  });

  it('a self-rating on the attempt it names only', async () => {
    const { actor, saved } = run(aScenario(), { grade: gradedAs(aGrade()) });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.retryBeat' });
    actor.send({ type: 'user.submitReply', reply: 'What happened there?' });
    await waitFor(actor, (s) => s.hasTag('feedback') && saved.length === 2);
    actor.send({ type: 'user.selfAssessed', attemptId: 's9:1', ratings: { clarity: 1 } });
    await waitFor(actor, (s) => s.hasTag('feedback') && saved.length === 3);
    const attempts = actor.getSnapshot().context.attempts;
    expect(attempts.map((a) => a.selfAssessment)).toEqual([{ clarity: 1 }, undefined]);
    expect(latestAttempt(actor.getSnapshot().context)!.id).toBe('s9:2');
    // The save that followed is of the latest attempt.
    expect(saved[2]!.attempt.id).toBe('s9:2');
  });
});

describe('grading', () => {
  it('takes the on-device grade when the learner stops waiting, with the same request', async () => {
    const { actor, asked, saved } = run(aScenario(), {
      grade: () => new Promise<GradeOutcome>(() => {}),
      onDevice: gradedAs(aGrade({ open_questions: 4 })),
    });
    actor.send({ type: 'user.submitReply', reply: 'How did it go?' });
    expect(actor.getSnapshot().hasTag('grading')).toBe(true);
    actor.send({ type: 'user.useOnDeviceGrade' });
    expect(actor.getSnapshot().hasTag('grading')).toBe(true);
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
    expect(saved[0]!.attempt.grade.criteria.find((c) => c.id === 'open_questions')!.level).toBe(4);
  });

  it('a failed on-device grade is a failure too', async () => {
    const { actor } = run(aScenario(), {
      grade: () => new Promise<GradeOutcome>(() => {}),
      onDevice: { kind: 'grader-failed', reason: 'The grading worker stopped.' },
    });
    actor.send({ type: 'user.submitReply', reply: 'How did it go?' });
    actor.send({ type: 'user.useOnDeviceGrade' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    expect(actor.getSnapshot().context.graderFailure).toBe('The grading worker stopped.');
    expect(actor.getSnapshot().context.attempts).toEqual([]);
  });

  it('lets the learner edit a reply that failed to grade, and a new reply clears the failure', async () => {
    let fail = true;
    const { actor, asked } = run(aScenario(), {
      grade: async () => (fail ? { kind: 'grader-failed', reason: 'Down.' } : gradedAs(aGrade())),
    });
    actor.send({ type: 'user.submitReply', reply: 'Hw was it?' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    actor.send({ type: 'user.editReply' });
    expect(actor.getSnapshot().hasTag('awaitingReply')).toBe(true);
    expect(actor.getSnapshot().context.pendingReply).toBe('Hw was it?');
    fail = false;
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    expect(actor.getSnapshot().context.graderFailure).toBeNull();
    await waitFor(actor, (s) => s.hasTag('feedback'));
    expect(asked.map((r) => r.reply)).toEqual(['Hw was it?', 'How was it?']);
  });

  it('names a failure thrown as something other than an Error', async () => {
    const { actor } = run(aScenario(), {
      grade: async () => {
        throw 'worker gone';
      },
    });
    actor.send({ type: 'user.submitReply', reply: 'Well?' });
    await waitFor(actor, (s) => s.hasTag('gradingFailed'));
    expect(actor.getSnapshot().context.graderFailure).toBe('worker gone');
  });
});

describe('regrading', () => {
  async function regraded(regrade: Outcome) {
    const { actor, saved } = run(aScenario(), { grade: gradedAs(aGrade({ clarity: 1 })), regrade });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.regrade' });
    await waitFor(actor, (s) => s.hasTag('feedback') && !s.hasTag('regrading') && !s.hasTag('grading'));
    return { context: actor.getSnapshot().context, saved };
  }

  it('says why when the other grader throws, and keeps the grade', async () => {
    const { context, saved } = await regraded(async () => {
      throw new Error('No other grader is set up.');
    });
    expect(context.regradeFailure).toBe('No other grader is set up.');
    expect(context.attempts[0]!.grade).toEqual(aGrade({ clarity: 1 }));
    expect(saved).toHaveLength(1);
  });

  it('never takes an invalid input as a new grade', async () => {
    const { context } = await regraded({ kind: 'invalid-input', reason: 'The reply is empty.' });
    expect(context.regradeFailure).toBe('The reply is empty.');
    expect(context.attempts[0]!.grade).toEqual(aGrade({ clarity: 1 }));
  });

  it('clears the last failure once a regrade succeeds, and replaces only the latest grade', async () => {
    let fail = true;
    const { actor, saved } = run(aScenario(), {
      grade: gradedAs(aGrade({ clarity: 1 })),
      regrade: async () => (fail ? { kind: 'grader-failed', reason: 'Busy.' } : gradedAs(aGrade({ clarity: 4 }))),
    });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.retryBeat' });
    actor.send({ type: 'user.submitReply', reply: 'What was it like?' });
    await waitFor(actor, (s) => s.hasTag('feedback') && saved.length === 2);
    actor.send({ type: 'user.regrade' });
    await waitFor(actor, (s) => s.context.regradeFailure === 'Busy.');
    fail = false;
    actor.send({ type: 'user.regrade' });
    await waitFor(actor, (s) => s.hasTag('feedback') && !s.hasTag('grading') && saved.length === 3);
    const { context } = actor.getSnapshot();
    expect(context.regradeFailure).toBeNull();
    expect(context.attempts.map((a) => a.grade.criteria.find((c) => c.id === 'clarity')!.level)).toEqual([1, 4]);
  });
});

describe('saving', () => {
  it('names a full disk when the storage layer wraps the quota error', async () => {
    let fail = true;
    const { actor, saved } = run(aScenario(), {
      grade: gradedAs(aGrade()),
      save: async () => {
        if (fail)
          throw Object.assign(new Error('Transaction aborted'), {
            name: 'AbortError',
            inner: { name: 'QuotaExceededError' },
          });
      },
    });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().context.storageProblem).toMatch(/^This browser's storage for Rapport is full/);
    fail = false;
    actor.send({ type: 'user.retrySave' });
    await waitFor(actor, (s) => !s.hasTag('saveFailed') && s.hasTag('feedback') && saved.length === 1);
    expect(actor.getSnapshot().context.storageProblem).toBeNull();
  });

  it('from a failed save the learner may retry the beat or go on', async () => {
    const { actor } = run(aScenario(), {
      grade: gradedAs(aGrade({ open_questions: 4 })),
      save: async () => {
        throw new Error('disk unplugged');
      },
    });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().context.storageProblem).toBe(
      'This attempt could not be saved to your history (disk unplugged). It is kept for this session, and practice continues.',
    );
    actor.send({ type: 'user.retryBeat' });
    expect(actor.getSnapshot().hasTag('awaitingReply')).toBe(true);
    actor.send({ type: 'user.submitReply', reply: 'How was it, really?' });
    await waitFor(actor, (s) => s.hasTag('saveFailed') && s.context.attempts.length === 2);
    actor.send({ type: 'user.continue' });
    expect(actor.getSnapshot().context.beatId).toBe('opens-up');
  });
});

describe('the session summary', () => {
  const context = (attempts: ReturnType<typeof run>['saved'][number]['attempt'][], path: string[]) => ({
    sessionId: 's9',
    startedAt: '2026-11-27T10:00:00.000Z',
    beatId: path.at(-1)!,
    path,
    attempts,
    personaLines: {},
    pendingReply: null,
    graderFailure: null,
    storageProblem: null,
  });
  const attempt = (id: string, beatId: string, grade: Grade) => ({
    id,
    sessionId: 's9',
    scenarioId: 'test-scenario',
    scenarioVersion: 1,
    beatId,
    context: 'Hi.',
    reply: 'Hello.',
    grade,
    createdAt: '2026-11-27T10:01:00.000Z',
  });

  it('averages the kept attempts, the last at each beat, rounded', () => {
    const g = (overall: number) => ({ ...aGrade(), overall });
    const summary = sessionSummary(
      aScenario({ version: 2 }),
      context(
        [attempt('s9:1', 'opening', g(10)), attempt('s9:2', 'opening', g(50)), attempt('s9:3', 'opens-up', g(75))],
        ['opening', 'opens-up'],
      ),
    );
    expect(summary).toMatchObject({
      id: 's9',
      scenarioId: 'test-scenario',
      scenarioVersion: 2,
      startedAt: '2026-11-27T10:00:00.000Z',
      attemptIds: ['s9:2', 's9:3'],
      overall: 63,
    });
    expect(summary.listening).toBeUndefined();
    expect(Date.parse(summary.finishedAt)).not.toBeNaN();
  });

  it('is 0 with no attempt kept', () => {
    expect(sessionSummary(aScenario(), context([], ['opening'])).overall).toBe(0);
  });

  it('scores listening over the attempts that carry the code’s facts', () => {
    const facts = { question: 'open' as const, reflection: true, advice: false, monologue: false };
    const withFacts = attempt('s9:1', 'opening', { ...aGrade(), facts });
    expect(sessionListening([])).toBeNull();
    expect(sessionListening([attempt('s9:1', 'opening', aGrade())])).toBeNull();
    const score = sessionListening([withFacts, attempt('s9:2', 'opens-up', aGrade())]);
    expect(score).toBeTypeOf('number');
    expect(Number.isFinite(score)).toBe(true);
    expect(sessionSummary(aScenario(), context([withFacts], ['opening'])).listening).toBe(score);
  });

  it('counts a reflection or an open question only where the grade found it Proficient', () => {
    const facts = { question: 'open' as const, reflection: true, advice: false, monologue: false };
    const heard = attempt('s9:1', 'opening', { ...aGrade({ active_listening: 3, open_questions: 3 }), facts });
    // Stems and a stock question: the same facts, graded Emerging and Developing.
    const stuffed = attempt('s9:1', 'opening', { ...aGrade({ active_listening: 1, open_questions: 2 }), facts });
    expect(sessionListening([heard])).toBe(100);
    expect(sessionListening([stuffed])).toBe(50);
  });
});

it('a grade with a criterion but without the named check does not meet a check wanted met', async () => {
  const grade = aGrade({}, { criteria: [aCriterionGrade('open_questions', 4, { checks: [] })] });
  expect(
    await branchAfter(branching([{ criterion: 'open_questions', check: 'asks_question', met: true }]), grade),
  ).toBe('no');
});

describe('states while work is under way', () => {
  it('saving counts as grading, regrading keeps the feedback shown, saving the summary is the debrief', async () => {
    let release = () => {};
    const { actor } = run(aScenario(), {
      grade: gradedAs(aGrade({ open_questions: 4 })),
      regrade: () => new Promise<GradeOutcome>(() => {}),
      save: () => new Promise<void>((r) => (release = r)),
    });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => !s.hasTag('awaitingReply') && s.context.attempts.length === 1);
    expect(actor.getSnapshot().hasTag('grading')).toBe(true);
    release();
    await waitFor(actor, (s) => s.hasTag('feedback'));
    actor.send({ type: 'user.regrade' });
    expect(actor.getSnapshot().hasTag('regrading') && actor.getSnapshot().hasTag('feedback')).toBe(true);
  });

  it('a summary that cannot be saved is said, and the debrief stays shown', async () => {
    const machine = createPracticeSessionMachine(aScenario()).provide({
      actors: {
        gradeReply: fromPromise<GradeOutcome, GradeRequest>(async () => gradedAs(aGrade({ open_questions: 4 }))),
        saveAttempt: fromPromise<void, SaveAttemptInput>(async () => {}),
        saveSession: fromPromise<void, ReturnType<typeof sessionSummary>>(async () => {
          throw new Error('disk full');
        }),
      },
    });
    const actor = createActor(machine, { input: { sessionId: 's', startedAt: '' } }).start();
    actor.send({ type: 'user.start' });
    for (let i = 0; i < 2; i++) {
      actor.send({ type: 'user.submitReply', reply: 'What happened next?' });
      await waitFor(actor, (s) => s.hasTag('feedback'));
      actor.send({ type: 'user.continue' });
    }
    expect(actor.getSnapshot().hasTag('debrief')).toBe(true);
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().context.storageProblem).toMatch(/\(disk full\)/);
  });

  it('names a save failure that is not even an object', async () => {
    const { actor } = run(aScenario(), {
      grade: gradedAs(aGrade()),
      save: () => Promise.reject(null),
    });
    actor.send({ type: 'user.submitReply', reply: 'How was it?' });
    await waitFor(actor, (s) => s.hasTag('saveFailed'));
    expect(actor.getSnapshot().context.storageProblem).toMatch(/\(null\)/);
  });
});

describe('a machine not given its effects', () => {
  it('fails loudly at each, never as a silent success', async () => {
    const bare = createActor(createPracticeSessionMachine(aScenario()), { input: { sessionId: 's', startedAt: '' } });
    bare.start();
    bare.send({ type: 'user.start' });
    bare.send({ type: 'user.submitReply', reply: 'Hello?' });
    await waitFor(bare, (s) => s.hasTag('gradingFailed'));
    expect(bare.getSnapshot().context.graderFailure).toBe('gradeReply not provided');

    const onDevice = createActor(
      createPracticeSessionMachine(aScenario()).provide({
        actors: { gradeReply: fromPromise<GradeOutcome, GradeRequest>(() => new Promise(() => {})) },
      }),
      { input: { sessionId: 's', startedAt: '' } },
    ).start();
    onDevice.send({ type: 'user.start' });
    onDevice.send({ type: 'user.submitReply', reply: 'Hello?' });
    onDevice.send({ type: 'user.useOnDeviceGrade' });
    await waitFor(onDevice, (s) => s.hasTag('gradingFailed'));
    expect(onDevice.getSnapshot().context.graderFailure).toBe('gradeOnDevice not provided');

    const unsaved = createActor(
      createPracticeSessionMachine(aScenario()).provide({
        actors: { gradeReply: fromPromise<GradeOutcome, GradeRequest>(async () => gradedAs(aGrade())) },
      }),
      { input: { sessionId: 's', startedAt: '' } },
    ).start();
    unsaved.send({ type: 'user.start' });
    unsaved.send({ type: 'user.submitReply', reply: 'Hello?' });
    await waitFor(unsaved, (s) => s.hasTag('saveFailed'));
    expect(unsaved.getSnapshot().context.storageProblem).toMatch(/\(saveAttempt not provided\)/);
    unsaved.send({ type: 'user.regrade' });
    expect(unsaved.getSnapshot().hasTag('regrading')).toBe(false); // no regrade from a failed save
  });

  it('says no other grader is set up when a regrade was not provided', async () => {
    const machine = createPracticeSessionMachine(aScenario()).provide({
      actors: {
        gradeReply: fromPromise<GradeOutcome, GradeRequest>(async () => gradedAs(aGrade())),
        saveAttempt: fromPromise<void, SaveAttemptInput>(async () => {}),
      },
    });
    const session = createActor(machine, { input: { sessionId: 's', startedAt: '' } }).start();
    session.send({ type: 'user.start' });
    session.send({ type: 'user.submitReply', reply: 'Hello?' });
    await waitFor(session, (s) => s.hasTag('feedback'));
    session.send({ type: 'user.regrade' });
    await waitFor(session, (s) => !s.hasTag('regrading'));
    expect(session.getSnapshot().context.regradeFailure).toBe('No other grader is set up.');
    session.send({ type: 'user.continue' });
    session.send({ type: 'user.submitReply', reply: 'Hello?' });
    await waitFor(session, (s) => s.hasTag('feedback'));
    session.send({ type: 'user.continue' });
    await waitFor(session, (s) => s.hasTag('saveFailed'));
    expect(session.getSnapshot().context.storageProblem).toMatch(/\(saveSession not provided\)/);
  });
});

it('looks up the named check, not whichever check comes first', async () => {
  const checks = [
    { id: 'only_closed', label: 'Only closed questions', met: true },
    { id: 'asks_question', label: 'Asked a question', met: false },
  ];
  const grade = aGrade({}, { criteria: [aCriterionGrade('open_questions', 1, { checks })] });
  expect(
    await branchAfter(branching([{ criterion: 'open_questions', check: 'asks_question', met: true }]), grade),
  ).toBe('no');
});

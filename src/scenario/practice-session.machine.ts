import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import type { GradeOutcome, GradeRequest } from '../grading/grade.schema';
import type { CriterionId } from '../grading/rubric';
import { conversationListeningScore } from '../grading/conversation-score';
import { gradeRequest, requestForAttempt } from './grade-request';
import { DEBRIEF, scriptedLine, type Beat, type Branch, type BranchCondition, type Scenario } from './scenario.schema';
import type { Attempt, SessionSummary } from '../storage/history.schema';

export interface PracticeSessionInput {
  sessionId: string;
  /** ISO time the session started. */
  startedAt: string;
  /** Picks the persona's wording at each beat; random for a new conversation, kept with the session. */
  seed?: number;
}

export interface PracticeSessionContext {
  sessionId: string;
  startedAt: string;
  /** Chooses among a beat's scripted wordings (absent in sessions saved before there were any). */
  seed?: number;
  beatId: string;
  /** Beats visited, in order; the current beat is last. */
  path: string[];
  /** Every graded attempt of this session, retries included. */
  attempts: Attempt[];
  /** What the persona actually said at a beat when a language model spoke for it. */
  personaLines: Record<string, string>;
  /** The reply being graded or that failed to grade: kept so nothing the learner wrote is lost. */
  pendingReply: string | null;
  graderFailure: string | null;
  /** Why the last regrade gave no grade; the grade shown is unchanged. */
  regradeFailure?: string | null;
  storageProblem: string | null;
}

export type PracticeSessionEvent =
  | { type: 'user.start' }
  | { type: 'user.submitReply'; reply: string }
  | { type: 'user.retryGrading' }
  /** While a slow grader (the LLM) works: stop waiting and take the on-device grade instead. */
  | { type: 'user.useOnDeviceGrade' }
  | { type: 'user.editReply' }
  | { type: 'user.retryBeat' }
  | { type: 'user.continue' }
  /** The learner rated their own reply before seeing its grade. */
  | { type: 'user.selfAssessed'; attemptId: string; ratings: Partial<Record<CriterionId, number>> }
  /** A language model spoke for the persona at this beat. */
  | { type: 'persona.said'; beatId: string; text: string }
  /** Grade the latest attempt again (with the LLM, e.g. after it had failed); branches use the new grade. */
  | { type: 'user.regrade' }
  /** Try again to save what could not be saved. */
  | { type: 'user.retrySave' };

export interface SaveAttemptInput {
  attempt: Attempt;
}

/** The state id of a beat, so targets read `#session.beat.opening`. */
export const beatStateId = (beatId: string) => `beat.${beatId}`;

/**
 * What the persona said at a beat: the model's line when one spoke for it, else the scripted line
 * this conversation's seed picked.
 */
export function personaLine(context: Pick<PracticeSessionContext, 'personaLines' | 'seed'>, beat: Beat): string {
  return context.personaLines?.[beat.id] ?? scriptedLine(beat, context.seed);
}

/** The latest attempt at the current beat, which feedback shows and branches look at. */
export function latestAttempt(context: PracticeSessionContext): Attempt | undefined {
  return context.attempts.filter((a) => a.beatId === context.beatId).at(-1);
}

/** The attempt that moved each visited beat on (its last one), in the order beats were visited. */
export function keptAttempts(context: PracticeSessionContext): Attempt[] {
  return context.path.flatMap((beatId) => {
    const last = context.attempts.filter((a) => a.beatId === beatId).at(-1);
    return last ? [last] : [];
  });
}

function meets(conditions: readonly BranchCondition[], attempt: Attempt | undefined): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, branches are taken only from feedback, which follows an attempt at this beat
  if (!attempt) return false;
  return conditions.every((c) => {
    const graded = attempt.grade.criteria.find((g) => g.id === c.criterion);
    if (!graded) return false;
    if ('check' in c) return (graded.checks.find((k) => k.id === c.check)?.met ?? false) === c.met;
    return (
      (c.at_least === undefined || graded.level >= c.at_least) && (c.at_most === undefined || graded.level <= c.at_most)
    );
  });
}

/**
 * Compiles a scenario into its practice-session machine: briefing → each beat (persona line,
 * awaiting the reply, grading, saving, feedback) → debrief → saved. Branches between beats are
 * guarded transitions on the grade of the latest reply.
 */
export function createPracticeSessionMachine(scenario: Scenario) {
  const beatById = new Map(scenario.beats.map((b) => [b.id, b]));
  const beatOf = (context: PracticeSessionContext) => beatById.get(context.beatId)!;

  const machine = setup({
    // Stryker disable next-line ObjectLiteral: equivalent, types exist for the compiler only
    types: {
      context: {} as PracticeSessionContext,
      events: {} as PracticeSessionEvent,
      input: {} as PracticeSessionInput,
      tags: {} as
        | 'briefing'
        | 'awaitingReply'
        | 'grading'
        | 'gradingFailed'
        | 'feedback'
        | 'regrading'
        | 'saveFailed'
        | 'debrief',
    },
    actors: {
      gradeReply: fromPromise<GradeOutcome, GradeRequest>(async () => {
        throw new Error('gradeReply not provided');
      }),
      gradeOnDevice: fromPromise<GradeOutcome, GradeRequest>(async () => {
        throw new Error('gradeOnDevice not provided');
      }),
      regradeReply: fromPromise<GradeOutcome, GradeRequest>(async () => {
        throw new Error('No other grader is set up.');
      }),
      saveAttempt: fromPromise<void, SaveAttemptInput>(async () => {
        throw new Error('saveAttempt not provided');
      }),
      saveSession: fromPromise<void, SessionSummary>(async () => {
        throw new Error('saveSession not provided');
      }),
    },
    guards: {
      isReplyWritten: ({ event }) => event.type === 'user.submitReply' && event.reply.trim().length > 0,
      wasGraded: (_, params: { outcome: GradeOutcome }) => params.outcome.kind === 'graded',
      doesReplyMeet: ({ context }, params: { when: readonly BranchCondition[] }) =>
        meets(params.when, latestAttempt(context)),
    },
    actions: {
      keepReply: assign({
        pendingReply: ({ event }) => (event.type === 'user.submitReply' ? event.reply : null),
        graderFailure: null,
      }),
      recordAttempt: assign(({ context }, params: { outcome: GradeOutcome }) => {
        if (params.outcome.kind !== 'graded') return {};
        const request = requestAtBeat(scenario, context);
        const attempt: Attempt = {
          id: `${context.sessionId}:${context.attempts.length + 1}`,
          sessionId: context.sessionId,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          beatId: context.beatId,
          context: personaLine(context, beatOf(context)),
          // Stryker disable next-line StringLiteral: equivalent, a reply is always pending when an attempt is recorded
          reply: context.pendingReply ?? '',
          grade: params.outcome.grade,
          gradedWith: {
            criteria: request.criteria,
            ...(request.weights ? { weights: request.weights } : {}),
            ...(request.earlier ? { earlier: request.earlier } : {}),
          },
          createdAt: new Date().toISOString(),
        };
        return { attempts: [...context.attempts, attempt], pendingReply: null };
      }),
      noteGraderFailure: assign({
        graderFailure: (_, params: { reason: string }) => params.reason,
      }),
      noteStorageProblem: assign({
        storageProblem: (_, params: { error: unknown }) =>
          isQuotaError(params.error)
            ? "This browser's storage for Rapport is full, so this reply was not saved to your history. It is kept for this session; download it below, or export and delete old history in Settings."
            : `This attempt could not be saved to your history (${describe(params.error)}). It is kept for this session, and practice continues.`,
      }),
      rememberPersonaLine: assign({
        personaLines: ({ context, event }) =>
          event.type === 'persona.said' && event.text.trim()
            ? { ...context.personaLines, [event.beatId]: event.text.trim() }
            : context.personaLines,
      }),
      rememberSelfAssessment: assign({
        attempts: ({ context, event }) =>
          event.type === 'user.selfAssessed'
            ? context.attempts.map((a) => (a.id === event.attemptId ? { ...a, selfAssessment: event.ratings } : a))
            : context.attempts,
      }),
      replaceLatestGrade: assign(({ context }, params: { outcome: GradeOutcome }) => {
        const latest = latestAttempt(context);
        if (params.outcome.kind !== 'graded' || !latest) return {};
        const grade = params.outcome.grade;
        return {
          attempts: context.attempts.map((a) => (a.id === latest.id ? { ...a, grade } : a)),
          regradeFailure: null,
        };
      }),
      noteRegradeFailure: assign({ regradeFailure: (_, params: { reason: string }) => params.reason }),
      clearNotes: assign({ regradeFailure: null, storageProblem: null }),
      enterBeat: assign(({ context }, params: { beatId: string }) => ({
        beatId: params.beatId,
        path: [...context.path, params.beatId],
        pendingReply: null,
        graderFailure: null,
      })),
    },
  });

  const beatStates = Object.fromEntries(
    scenario.beats.map((beat) => {
      const branchTransitions = beat.branches.map((branch) => ({
        description: describeBranch(branch),
        target: branch.goto === DEBRIEF ? '#session.debrief' : `#session.${beatStateId(branch.goto)}`,
        ...(branch.when ? { guard: { type: 'doesReplyMeet' as const, params: { when: branch.when } } } : {}),
        actions: branch.goto === DEBRIEF ? [] : [{ type: 'enterBeat' as const, params: { beatId: branch.goto } }],
      }));
      const gradeRequestNow = ({ context }: { context: PracticeSessionContext }) => requestAtBeat(scenario, context);
      const whenGraded = {
        onDone: [
          {
            guard: {
              type: 'wasGraded' as const,
              params: ({ event }: { event: { output: GradeOutcome } }) => ({ outcome: event.output }),
            },
            target: 'saving',
            actions: {
              type: 'recordAttempt' as const,
              params: ({ event }: { event: { output: GradeOutcome } }) => ({ outcome: event.output }),
            },
          },
          {
            target: 'gradingFailed',
            actions: {
              type: 'noteGraderFailure' as const,
              params: ({ event }: { event: { output: GradeOutcome } }) => ({
                // Stryker disable next-line StringLiteral: equivalent, this transition is taken only when the outcome is not a grade
                reason: event.output.kind === 'graded' ? 'Unknown failure' : event.output.reason,
              }),
            },
          },
        ],
        onError: {
          target: 'gradingFailed',
          actions: {
            type: 'noteGraderFailure' as const,
            params: ({ event }: { event: { error: unknown } }) => ({ reason: describe(event.error) }),
          },
        },
      };
      return [
        beat.id,
        machine.createStateConfig({
          id: beatStateId(beat.id),
          description: `${scenario.persona.name}: “${beat.persona}”`,
          initial: 'awaitingReply',
          states: {
            awaitingReply: {
              tags: ['awaitingReply'],
              on: { 'user.submitReply': { guard: 'isReplyWritten', target: 'grading', actions: 'keepReply' } },
            },
            grading: {
              tags: ['grading'],
              on: { 'user.useOnDeviceGrade': 'gradingOnDevice' },
              invoke: { id: 'gradeReply', src: 'gradeReply', input: gradeRequestNow, ...whenGraded },
            },
            // The learner stopped waiting for the LLM: the embedded grade, marked so, with a regrade offered.
            gradingOnDevice: {
              tags: ['grading'],
              invoke: { id: 'gradeOnDevice', src: 'gradeOnDevice', input: gradeRequestNow, ...whenGraded },
            },
            saving: {
              tags: ['grading'],
              invoke: {
                // Stryker disable next-line StringLiteral: equivalent, nothing looks the child actor up by its id
                id: 'saveAttempt',
                src: 'saveAttempt',
                input: ({ context }) => ({ attempt: latestAttempt(context)! }),
                onDone: { target: 'feedback', actions: 'clearNotes' },
                onError: {
                  target: 'saveFailed',
                  actions: { type: 'noteStorageProblem', params: ({ event }) => ({ error: event.error }) },
                },
              },
            },
            gradingFailed: {
              tags: ['gradingFailed'],
              on: { 'user.retryGrading': 'grading', 'user.editReply': 'awaitingReply' },
            },
            feedback: {
              tags: ['feedback'],
              on: {
                'user.retryBeat': 'awaitingReply',
                'user.continue': branchTransitions,
                'user.regrade': 'regrading',
                'user.selfAssessed': { target: 'saving', actions: 'rememberSelfAssessment' },
              },
            },
            // The feedback stays on screen while another engine grades the same request again.
            regrading: {
              tags: ['feedback', 'regrading'],
              invoke: {
                // Stryker disable next-line StringLiteral: equivalent, nothing looks the child actor up by its id
                id: 'regradeReply',
                src: 'regradeReply',
                input: ({ context }) => requestForAttempt(latestAttempt(context)!, scenario),
                onDone: [
                  {
                    guard: { type: 'wasGraded', params: ({ event }) => ({ outcome: event.output }) },
                    target: 'saving',
                    actions: { type: 'replaceLatestGrade', params: ({ event }) => ({ outcome: event.output }) },
                  },
                  {
                    target: 'feedback',
                    actions: {
                      type: 'noteRegradeFailure',
                      params: ({ event }) => ({
                        // Stryker disable next-line StringLiteral: equivalent, this transition is taken only when the outcome is not a grade
                        reason: event.output.kind === 'graded' ? 'Unknown failure' : event.output.reason,
                      }),
                    },
                  },
                ],
                onError: {
                  target: 'feedback',
                  actions: { type: 'noteRegradeFailure', params: ({ event }) => ({ reason: describe(event.error) }) },
                },
              },
            },
            // The grade is shown and kept for this session; saving can be tried again, and practice goes on.
            saveFailed: {
              tags: ['feedback', 'saveFailed'],
              on: {
                'user.retrySave': 'saving',
                'user.retryBeat': 'awaitingReply',
                'user.continue': branchTransitions,
                'user.selfAssessed': { target: 'saving', actions: 'rememberSelfAssessment' },
              },
            },
          },
        }),
      ];
    }),
  );

  return machine.createMachine({
    id: 'session',
    context: ({ input }) => ({
      sessionId: input.sessionId,
      startedAt: input.startedAt,
      seed: input.seed,
      beatId: scenario.start,
      path: [],
      attempts: [],
      personaLines: {},
      pendingReply: null,
      graderFailure: null,
      storageProblem: null,
    }),
    initial: 'briefing',
    on: {
      'persona.said': { actions: 'rememberPersonaLine' },
    },
    states: {
      briefing: {
        tags: ['briefing'],
        on: {
          'user.start': {
            target: `#session.${beatStateId(scenario.start)}`,
            actions: { type: 'enterBeat', params: { beatId: scenario.start } },
          },
        },
      },
      beat: { initial: scenario.start, states: beatStates },
      debrief: {
        tags: ['debrief'],
        invoke: {
          // Stryker disable next-line StringLiteral: equivalent, nothing looks the child actor up by its id
          id: 'saveSession',
          src: 'saveSession',
          input: ({ context }) => sessionSummary(scenario, context),
          onDone: 'saved',
          onError: {
            target: 'sessionSaveFailed',
            actions: { type: 'noteStorageProblem', params: ({ event }) => ({ error: event.error }) },
          },
        },
      },
      // The debrief is shown; the conversation's summary can be saved again.
      sessionSaveFailed: { tags: ['debrief', 'saveFailed'], on: { 'user.retrySave': 'debrief' } },
      saved: { tags: ['debrief'], type: 'final' },
    },
  });
}

/** The grade request for the reply pending at the current beat. */
function requestAtBeat(scenario: Scenario, context: PracticeSessionContext): GradeRequest {
  const beat = scenario.beats.find((b) => b.id === context.beatId)!;
  return gradeRequest(scenario, beat.id, {
    // Stryker disable next-line StringLiteral: equivalent, a reply is always pending when a grade is requested
    reply: context.pendingReply ?? '',
    context: personaLine(context, beat),
    earlier: keptAttempts(context)
      .filter((a) => a.beatId !== beat.id)
      .map((a) => a.reply),
  });
}

export type PracticeSessionMachine = ReturnType<typeof createPracticeSessionMachine>;
export type PracticeSessionSnapshot = SnapshotFrom<PracticeSessionMachine>;

export function sessionSummary(scenario: Scenario, context: PracticeSessionContext): SessionSummary {
  const kept = keptAttempts(context);
  return {
    id: context.sessionId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    startedAt: context.startedAt,
    finishedAt: new Date().toISOString(),
    attemptIds: kept.map((a) => a.id),
    overall: kept.length ? Math.round(kept.reduce((s, a) => s + a.grade.overall, 0) / kept.length) : 0,
    listening: sessionListening(kept) ?? undefined,
  };
}

/**
 * The conversation-level listening score of the kept attempts, or null when none carries facts. A reflection
 * or an open question counts where the reply's grade found it at least Proficient, so stems stuffed into a
 * reply or a stock "what else?" never lift it above a conversation that listened.
 */
export function sessionListening(kept: readonly Attempt[]): number | null {
  const facts = kept.flatMap((a) => {
    const f = a.grade.facts;
    if (!f) return [];
    const level = (id: string) => a.grade.criteria.find((c) => c.id === id)?.level ?? 4;
    // A question in a reply that did not hear them (listening Emerging or below) is not listening either.
    const asked = level('open_questions') >= 3 && level('active_listening') >= 2;
    return [
      {
        ...f,
        reflection: f.reflection && level('active_listening') >= 3,
        question: f.question === 'open' && !asked ? ('closed' as const) : f.question,
      },
    ];
  });
  return facts.length ? conversationListeningScore(facts) : null;
}

/** "if open_questions ≥ 3 → opens-up", so an inspector shows the scenario's own words. */
function describeBranch(branch: Branch): string {
  const when = (branch.when ?? []).map((c) =>
    'check' in c
      ? `${c.criterion}.${c.check} ${c.met ? 'met' : 'not met'}`
      : [
          c.at_least !== undefined && `${c.criterion} ≥ ${c.at_least}`,
          c.at_most !== undefined && `${c.criterion} ≤ ${c.at_most}`,
        ]
          .filter(Boolean)
          .join(' and '),
  );
  return `${when.length ? `if ${when.join(' and ')}` : 'otherwise'} → ${branch.goto}`;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

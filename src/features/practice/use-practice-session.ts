import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { createActor, fromPromise } from 'xstate';
import type { Grader, GradeOutcome, GradeRequest } from '../../grading/grade.schema';
import {
  createPracticeSessionMachine,
  type PracticeSessionMachine,
  type SaveAttemptInput,
} from '../../scenario/practice-session.machine';
import type { Scenario } from '../../scenario/scenario.schema';
import type { SessionSummary } from '../../storage/history.schema';
import { clearActiveSession, loadActiveSession, saveActiveSession } from '../../storage/active-session';
import { saveAttempt, saveSession } from '../../storage/history';
import { clearDrafts } from '../../storage/drafts';

export interface PracticeDeps {
  grader: Grader;
  /** The on-device grader, offered while a slower one (the LLM) is still working. */
  onDevice?: Grader;
  /** Another engine the learner may regrade a reply with (the LLM), and the button's words. */
  regrader?: { grader: Grader; label: string };
  saveAttempt?: (attempt: SaveAttemptInput['attempt']) => Promise<void>;
  saveSession?: (summary: SessionSummary) => Promise<void>;
  newSessionId?: () => string;
  /** The new conversation's seed, which picks the persona's wording at each beat (random by default). */
  newSeed?: () => number;
}

/** A snapshot restores only if the machine accepts it; anything else starts a fresh session. */
function restorable(machine: PracticeSessionMachine, snapshot: unknown): boolean {
  try {
    const probe = createActor(machine, { snapshot: snapshot as never, input: { sessionId: 'probe', startedAt: '' } });
    const ok = probe.getSnapshot().status === 'active';
    probe.stop();
    return ok;
  } catch {
    return false;
  }
}

/**
 * Runs a practice session for a scenario with the real grader and storage, persisting the
 * machine's snapshot after every step so a reload resumes where the learner was.
 */
export function usePracticeSession(scenario: Scenario, deps: PracticeDeps) {
  const machine = useMemo(() => {
    const grader = deps.grader;
    return createPracticeSessionMachine(scenario).provide({
      actors: {
        gradeReply: fromPromise<GradeOutcome, GradeRequest>(({ input, signal }) => grader.grade(input, signal)),
        gradeOnDevice: fromPromise<GradeOutcome, GradeRequest>(async ({ input, signal }) => {
          const outcome = await (deps.onDevice ?? grader).grade(input, signal);
          if (outcome.kind !== 'graded') return outcome;
          const notice =
            'You chose the on-device grade instead of waiting for the language model. You can regrade with the model from here.';
          return {
            kind: 'graded',
            grade: { ...outcome.grade, flags: [...outcome.grade.flags, 'llm-skipped'], notice },
          };
        }),
        regradeReply: fromPromise<GradeOutcome, GradeRequest>(({ input, signal }) => {
          if (!deps.regrader) throw new Error('No other grader is set up.');
          return deps.regrader.grader.grade(input, signal);
        }),
        saveAttempt: fromPromise<void, SaveAttemptInput>(({ input }) =>
          (deps.saveAttempt ?? saveAttempt)(input.attempt),
        ),
        saveSession: fromPromise<void, SessionSummary>(({ input }) => (deps.saveSession ?? saveSession)(input)),
      },
    });
    // The machine is built once per scenario; later changes to deps are not expected.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario]);

  const [initial] = useState(() => {
    const stored = loadActiveSession(scenario.id, scenario.version);
    if (stored.kind === 'discarded') return { snapshot: undefined, resumed: false, discarded: stored.reason };
    if (stored.kind === 'none') return { snapshot: undefined, resumed: false, discarded: null };
    if (!restorable(machine, stored.snapshot)) {
      clearActiveSession(scenario.id);
      return { snapshot: undefined, resumed: false, discarded: 'the saved session no longer fits this scenario' };
    }
    return { snapshot: stored.snapshot, resumed: true, discarded: null };
  });

  const [snapshot, send, actorRef] = useMachine(machine, {
    snapshot: initial.snapshot as never,
    input: {
      sessionId: deps.newSessionId?.() ?? crypto.randomUUID(),
      startedAt: new Date().toISOString(),
      seed: deps.newSeed?.() ?? crypto.getRandomValues(new Uint32Array(1))[0]!,
    },
  });

  const [persistFailed, setPersistFailed] = useState(false);
  useEffect(() => {
    const sub = actorRef.subscribe((s) => {
      if (s.status === 'done') {
        clearActiveSession(scenario.id);
        clearDrafts(scenario.id);
      } else if (!s.hasTag('briefing'))
        setPersistFailed(!saveActiveSession(scenario.id, scenario.version, actorRef.getPersistedSnapshot()));
    });
    return () => sub.unsubscribe();
  }, [actorRef, scenario.id, scenario.version]);

  return { snapshot, send, resumed: initial.resumed, discarded: initial.discarded, persistFailed };
}

import { useState, type ReactNode } from 'react';
import { levelName } from '../../grading/rubric';
import { keptAttempts, latestAttempt, personaLine } from '../../scenario/practice-session.machine';
import type { Scenario } from '../../scenario/scenario.schema';
import { loadDraft, saveDraft } from '../../storage/drafts';
import type { Attempt } from '../../storage/history.schema';
import { Button } from '../../ui/button';
import { useLowPressure } from '../../ui/low-pressure';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Briefing, BriefingDialog } from './briefing';
import { LearnerLine, PersonaLine } from './conversation-lines';
import { Debrief } from './debrief';
import { downloadConversation } from './download-conversation';
import { ReplyComposer } from './reply-composer';
import { Grading, GradingFailed } from './grading-status';
import { ReplyFeedback } from './reply-feedback';
import { usePracticeSession, type PracticeDeps } from './use-practice-session';
import { useLivePersonaLine, type PersonaSpeaker } from './use-persona-line';
import { useScenarioLock } from './use-scenario-lock';

export interface PracticeSessionViewProps extends PracticeDeps {
  scenario: Scenario;
  /**
   * Renders feedback on an attempt, with the previous attempt at the same beat when there is one;
   * `regrade`: grading the latest reply again with another engine, run by the session.
   */
  renderFeedback: (
    attempt: Attempt,
    previous: Attempt | undefined,
    regrade: { label: string; busy: boolean; error: string | null; start: () => void } | undefined,
  ) => ReactNode;
  onPractiseAgain: () => void;
  /** Ask the learner to rate their own reply before showing its grade. */
  selfAssess?: boolean;
  /** The last finished conversation of this scenario, so its debrief is one click from the briefing. */
  lastConversation?: { id: string; finishedAt: string } | null;
  /** When a language model may speak for the persona: streams its line for a beat, or null. */
  speakAsPersona?: PersonaSpeaker;
}

/**
 * A scenario's conversation, in one tab at a time: a second tab says so instead of overwriting the
 * first one's place.
 */
export function PracticeSessionView(props: PracticeSessionViewProps) {
  const lock = useScenarioLock(props.scenario.id);
  if (lock.state === 'checking') return <Spinner label="Opening the conversation…" />;
  if (lock.state === 'elsewhere')
    return (
      <Notice tone="warning" title="This scenario is open in another tab">
        <p>
          Practise it there, so the two tabs don’t overwrite each other’s place. If you closed that tab, try again here.
        </p>
        <Button variant="secondary" className="mt-2" onClick={lock.retry}>
          Try again
        </Button>
      </Notice>
    );
  return <PracticeSession {...props} />;
}

function PracticeSession({
  scenario,
  renderFeedback,
  onPractiseAgain,
  speakAsPersona,
  selfAssess = false,
  lastConversation,
  ...deps
}: PracticeSessionViewProps) {
  const { snapshot, send, resumed, discarded, persistFailed } = usePracticeSession(scenario, deps);
  const { context } = snapshot;
  const beat = scenario.beats.find((b) => b.id === context.beatId)!;
  const persona = scenario.persona;
  const latest = latestAttempt(context);
  const beatAttempts = context.attempts.filter((a) => a.beatId === context.beatId);
  const previous = beatAttempts.length > 1 ? beatAttempts.at(-2) : undefined;
  const isFeedback = snapshot.hasTag('feedback');
  const onDevice = snapshot.matches({ beat: { [context.beatId]: 'gradingOnDevice' } });
  const [resumedAt] = useState(() => (resumed ? context.attempts.length : -1));
  const live = useLivePersonaLine(snapshot.hasTag('awaitingReply') ? beat : null, context, send, speakAsPersona);
  const spoken = personaLine(context, beat);
  const lowPressure = useLowPressure();

  if (snapshot.hasTag('briefing')) {
    return (
      <Briefing
        scenario={scenario}
        discarded={discarded}
        lastConversation={lastConversation}
        onStart={() => send({ type: 'user.start' })}
      />
    );
  }

  const done = snapshot.hasTag('debrief');
  const kept = keptAttempts(context);
  // Earlier beats, shown as the conversation so far.
  const transcript = kept.filter((a) => done || a.beatId !== context.beatId);

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm text-slate-500">
            Talking to {persona.name}, {persona.role}
          </p>
          <h1 className="text-xl font-bold tracking-tight">{scenario.title}</h1>
        </div>
        {!done && (
          <div className="flex items-center gap-3">
            <p className="text-sm text-slate-500" aria-live="polite">
              Moment {context.path.length}
            </p>
            <BriefingDialog scenario={scenario} />
          </div>
        )}
      </header>

      {/* Only after a real resume: replies had been given, and nothing new happened since this load. */}
      {resumed && !done && context.attempts.length > 0 && context.attempts.length === resumedAt && (
        <Notice>Welcome back: you're where you left off.</Notice>
      )}
      {persistFailed && (
        <Notice tone="warning">
          This browser is not letting Rapport save your place; a reload will start this scenario again.
        </Notice>
      )}
      {context.storageProblem && (
        <Notice tone="warning">
          <p>{context.storageProblem}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {snapshot.hasTag('saveFailed') && (
              <Button variant="secondary" onClick={() => send({ type: 'user.retrySave' })}>
                Try saving again
              </Button>
            )}
            <Button variant="secondary" onClick={() => downloadConversation(scenario.id, context.attempts)}>
              Download this conversation
            </Button>
          </div>
        </Notice>
      )}

      {/* What a screen reader hears as the conversation moves: the persona's new line, then the grade. */}
      <p className="sr-only" aria-live="polite" data-testid="announcer">
        {isFeedback && latest
          ? `Graded: ${lowPressure ? `${levelName(latest.grade.criteria.reduce((t, c) => t + c.level, 0) / latest.grade.criteria.length)} overall` : `${latest.grade.overall} out of 100`}. The feedback follows.`
          : snapshot.hasTag('awaitingReply') && live.streaming === null
            ? `${persona.name.split(' ')[0]} says: ${spoken}`
            : ''}
      </p>
      <ol className="space-y-4" aria-label="Conversation">
        {transcript.map((a) => (
          <li key={a.id} className="space-y-2">
            <PersonaLine name={persona.name} text={a.context} />
            <LearnerLine text={a.reply} score={a.grade.overall} />
          </li>
        ))}
        {!done && (
          <li>
            <PersonaLine
              name={persona.name}
              text={live.streaming ?? spoken}
              current
              streaming={live.streaming !== null}
            />
          </li>
        )}
      </ol>

      {!done && beat.prompt && snapshot.hasTag('awaitingReply') && (
        <p className="text-sm text-slate-600">
          <span className="font-medium">Aim: </span>
          {beat.prompt}
        </p>
      )}

      {live.streaming !== null && (
        <div>
          <Button variant="secondary" onClick={live.skip}>
            Skip to the scripted line
          </Button>
        </div>
      )}
      {live.fallback && <Notice tone="warning">{live.fallback}</Notice>}

      {snapshot.hasTag('awaitingReply') && live.streaming === null && (
        <ReplyComposer
          key={`${context.beatId}-${context.attempts.length}`}
          initial={context.pendingReply ?? ''}
          personaName={persona.name.split(' ')[0]!}
          onSubmit={(reply) => send({ type: 'user.submitReply', reply })}
          draft={{
            load: () => loadDraft(scenario.id, context.sessionId, context.beatId),
            save: (text) => saveDraft(scenario.id, context.sessionId, context.beatId, text),
          }}
        />
      )}

      {snapshot.hasTag('grading') && (
        <Grading
          reply={context.pendingReply ?? latest?.reply ?? ''}
          onDevice={onDevice}
          // While a language model grades, the learner may take the on-device grade instead.
          onUseOnDevice={
            deps.onDevice && deps.grader.name === 'llm' && !onDevice
              ? () => send({ type: 'user.useOnDeviceGrade' })
              : undefined
          }
        />
      )}
      {snapshot.hasTag('gradingFailed') && (
        <GradingFailed
          reply={context.pendingReply ?? ''}
          reason={context.graderFailure}
          onRetry={() => send({ type: 'user.retryGrading' })}
          onEdit={() => send({ type: 'user.editReply' })}
        />
      )}

      {isFeedback && latest && (
        <ReplyFeedback
          latest={latest}
          selfAssess={selfAssess}
          onSelfAssessed={(ratings) => send({ type: 'user.selfAssessed', attemptId: latest.id, ratings })}
          onContinue={() => send({ type: 'user.continue' })}
          onRetry={() => send({ type: 'user.retryBeat' })}
          feedback={renderFeedback(
            latest,
            previous,
            deps.regrader && latest.grade.engine.name !== deps.regrader.grader.name
              ? {
                  label: deps.regrader.label,
                  busy: snapshot.hasTag('regrading'),
                  error: context.regradeFailure ?? null,
                  start: () => send({ type: 'user.regrade' }),
                }
              : undefined,
          )}
        />
      )}

      {done && (
        <Debrief
          scenario={scenario}
          kept={kept}
          endingBeat={context.beatId}
          saving={snapshot.matches('debrief')}
          onPractiseAgain={onPractiseAgain}
        />
      )}
    </div>
  );
}

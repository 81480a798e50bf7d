import { conversationOutcome, meanLevels, OUTCOME_LABELS } from '../../scenario/conversation-outcome';
import { OUTCOME_TONES } from '../../ui/outcome-tone';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { RUBRIC, levelName } from '../../grading/rubric';
import { addressesGrader } from '../../grading/grading-talk';
import {
  keptAttempts,
  latestAttempt,
  personaLine,
  sessionListening,
  type PracticeSessionContext,
  type PracticeSessionEvent,
} from '../../scenario/practice-session.machine';
import type { Beat, Scenario } from '../../scenario/scenario.schema';
import type { Attempt } from '../../storage/history.schema';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { ScenarioFacts } from '../../ui/scenario-facts';
import { Spinner } from '../../ui/spinner';
import { useLowPressure } from '../../ui/low-pressure';
import { downloadFile } from '../../ui/download';
import { ReplyComposer } from './reply-composer';
import { SelfAssessForm } from './self-assess-form';
import { loadDraft, saveDraft } from '../../storage/drafts';
import { usePracticeSession, type PracticeDeps } from './use-practice-session';
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
  speakAsPersona?: (
    beat: Beat,
    transcript: { persona: string; learner: string }[],
    signal: AbortSignal,
  ) => AsyncGenerator<string> | null;
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
  const feedbackRef = useRef<HTMLDivElement>(null);
  const isFeedback = snapshot.hasTag('feedback');
  const onDevice = snapshot.matches({ beat: { [context.beatId]: 'gradingOnDevice' } });
  const [skippedSelf, setSkippedSelf] = useState<ReadonlySet<string>>(new Set());
  const askSelf = selfAssess && isFeedback && !!latest && !latest.selfAssessment && !skippedSelf.has(latest.id);
  const [resumedAt] = useState(() => (resumed ? context.attempts.length : -1));
  const live = useLivePersonaLine(snapshot.hasTag('awaitingReply') ? beat : null, context, send, speakAsPersona);
  const spoken = personaLine(context, beat);
  const lowPressure = useLowPressure();

  // Move focus to the feedback when it arrives, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (isFeedback) feedbackRef.current?.focus();
  }, [isFeedback, context.attempts.length]);

  if (snapshot.hasTag('briefing')) {
    return (
      <Card className="space-y-4">
        {discarded && (
          <Notice tone="warning" title="Your unfinished session was discarded">
            It could not be resumed because {discarded}. Your graded replies are still in your history; this starts
            afresh.
          </Notice>
        )}
        <header>
          <p className="text-sm font-medium text-indigo-700">Briefing</p>
          <h1 className="text-2xl font-bold tracking-tight">{scenario.title}</h1>
          <ScenarioFacts scenario={scenario} className="mt-2" />
        </header>
        <BriefingFacts scenario={scenario} />
        <p className="text-sm text-slate-600">
          Each reply is graded on active listening, clarity and open questions
          {scenarioCriteria(scenario).length > 0 && `, plus ${scenarioCriteria(scenario).join(' and ').toLowerCase()}`}.
          You can retry any moment before moving on.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button autoFocus onClick={() => send({ type: 'user.start' })}>
            Start the conversation
          </Button>
          {lastConversation && (
            <Link
              to={`/conversations/${encodeURIComponent(lastConversation.id)}`}
              className="text-sm font-medium text-indigo-700 hover:underline"
            >
              Your last time here, with its debrief and tips
            </Link>
          )}
        </div>
      </Card>
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
        <div className="space-y-2">
          <LearnerLine text={context.pendingReply ?? latest?.reply ?? ''} />
          <div className="flex flex-wrap items-center gap-3">
            <Spinner label={onDevice ? 'Grading on this device…' : 'Grading your reply…'} />
            {deps.onDevice && deps.grader.name === 'llm' && !onDevice && (
              <Button variant="secondary" onClick={() => send({ type: 'user.useOnDeviceGrade' })}>
                Use the on-device grade
              </Button>
            )}
          </div>
        </div>
      )}

      {snapshot.hasTag('gradingFailed') && (
        <div className="space-y-3">
          <LearnerLine text={context.pendingReply ?? ''} />
          <Notice tone="error" title="Your reply could not be graded">
            <p>{context.graderFailure}</p>
            <p className="mt-1">Your reply is kept. No score was given.</p>
          </Notice>
          <div className="flex gap-2">
            <Button onClick={() => send({ type: 'user.retryGrading' })}>Try grading again</Button>
            <Button variant="secondary" onClick={() => send({ type: 'user.editReply' })}>
              Edit the reply
            </Button>
          </div>
        </div>
      )}

      {isFeedback && latest && (
        <div className="space-y-4">
          <LearnerLine text={latest.reply} />
          {askSelf ? (
            <SelfAssessForm
              criteria={latest.grade.criteria.map((c) => c.id)}
              onSkip={() => setSkippedSelf((s) => new Set([...s, latest.id]))}
              onDone={(ratings) => {
                send({ type: 'user.selfAssessed', attemptId: latest.id, ratings });
              }}
            />
          ) : (
            <div ref={feedbackRef} tabIndex={-1} className="rounded-xl focus:outline-none">
              {renderFeedback(
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
            </div>
          )}
          <div className={`flex flex-wrap gap-2 border-t border-slate-200 pt-4 ${askSelf ? 'hidden' : ''}`}>
            <Button onClick={() => send({ type: 'user.continue' })}>Continue the conversation</Button>
            <Button variant="secondary" onClick={() => send({ type: 'user.retryBeat' })}>
              Retry this moment
            </Button>
          </div>
        </div>
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

/** What the learner needs to know mid-way too: the setting, who they talk to, the goal. */
function BriefingFacts({ scenario }: { scenario: Scenario }) {
  const persona = scenario.persona;
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">The setting</h2>
          <p className="mt-1 text-slate-800">{scenario.setting}</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Who you're talking to</h2>
          <p className="mt-1 text-slate-800">
            <strong>{persona.name}</strong>, {persona.role}, {persona.organisation}. {persona.personality}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            <span className="font-medium">Mood:</span> {persona.mood}. <span className="font-medium">Cares about:</span>{' '}
            {persona.cares_about.join('; ')}.
          </p>
        </div>
      </div>
      <div className="rounded-lg bg-indigo-50 p-3">
        <h2 className="text-sm font-semibold text-indigo-900">Your goal</h2>
        <p className="mt-1 text-indigo-950">{scenario.goal}</p>
        <p className="mt-2 text-sm text-indigo-900">
          <span className="font-semibold">Success looks like: </span>
          {scenario.success}
        </p>
      </div>
    </>
  );
}

/**
 * The briefing again, mid-conversation, in a modal dialog: the reply box underneath stays mounted,
 * so a half-written reply is untouched. The native dialog traps focus, closes on Escape and
 * returns focus to the button that opened it.
 */
function BriefingDialog({ scenario }: { scenario: Scenario }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <>
      <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => ref.current?.showModal()}>
        Briefing
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={headingId}
        className="max-w-2xl rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={headingId} className="text-lg font-bold">
              Briefing: {scenario.title}
            </h2>
            <Button variant="secondary" className="px-3 py-1 text-sm" onClick={() => ref.current?.close()} autoFocus>
              Close
            </Button>
          </div>
          <BriefingFacts scenario={scenario} />
        </div>
      </dialog>
    </>
  );
}

const replies = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

function scenarioCriteria(scenario: Scenario): string[] {
  const ids = new Set(scenario.beats.flatMap((b) => b.criteria));
  return [...ids].map((id) => RUBRIC[id].name);
}

/**
 * At a beat where a language model may speak for the persona, streams its line once and records it
 * in the session; on any failure the scripted line stands, with a notice.
 */
function useLivePersonaLine(
  beat: Beat | null,
  context: PracticeSessionContext,
  send: (event: PracticeSessionEvent) => void,
  speak: PracticeSessionViewProps['speakAsPersona'],
): { streaming: string | null; fallback: string | null; skip: () => void } {
  const [text, setText] = useState<{ beatId: string; text: string } | null>(null);
  const [failed, setFailed] = useState<{ beatId: string; message: string } | null>(null);
  const needed =
    !!beat?.llm &&
    !!speak &&
    context.personaLines?.[beat.id] === undefined &&
    !context.attempts.some((a) => a.beatId === beat.id);
  const transcriptKey = JSON.stringify(keptAttempts(context).map((a) => ({ persona: a.context, learner: a.reply })));
  const beatId = beat?.id ?? null;
  const fallback = failed && failed.beatId === beatId ? failed.message : null;
  useEffect(() => {
    if (!needed || !beat || !speak || fallback) return;
    const controller = new AbortController();
    const stream = speak(beat, JSON.parse(transcriptKey) as { persona: string; learner: string }[], controller.signal);
    if (!stream) return;
    void (async () => {
      let said = '';
      try {
        for await (const chunk of stream) {
          said += chunk;
          setText({ beatId: beat.id, text: said });
        }
        if (controller.signal.aborted) return;
        // A model's line enters the grading prompt as the partner's words: one that talks about
        // grading is never kept, so it cannot steer the grade of the reply to it.
        if (addressesGrader(said))
          setFailed({
            beatId: beat.id,
            message: "The language model's line stepped out of character. Showing the scripted line.",
          });
        else if (said.trim()) send({ type: 'persona.said', beatId: beat.id, text: said });
        else
          setFailed({
            beatId: beat.id,
            message: 'The language model returned nothing for this moment. Showing the scripted line.',
          });
      } catch (err) {
        if (!controller.signal.aborted) {
          const why = err instanceof Error ? err.message : String(err);
          setFailed({
            beatId: beat.id,
            message: `The language model could not speak for this moment (${why}). Showing the scripted line.`,
          });
        }
      }
    })();
    return () => controller.abort();
  }, [needed, beat, speak, send, transcriptKey, fallback]);
  const streaming = needed && !fallback ? (text?.beatId === beatId ? text.text : '') : null;
  const skip = () => {
    if (beatId) setFailed({ beatId, message: 'You skipped the language model’s line. Showing the scripted line.' });
  };
  return { streaming, fallback, skip };
}

function PersonaLine({
  name,
  text,
  current = false,
  streaming = false,
}: {
  name: string;
  text: string;
  current?: boolean;
  streaming?: boolean;
}) {
  return (
    <div className="flex gap-3">
      <span
        aria-hidden
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-100 text-sm font-bold text-teal-900"
      >
        {name.charAt(0)}
      </span>
      <div
        className={`max-w-[85%] rounded-2xl rounded-tl-sm px-4 py-3 ${current ? 'bg-white shadow ring-1 ring-slate-200' : 'bg-slate-100 text-slate-700'}`}
        data-testid={current ? 'persona-line' : undefined}
      >
        <p className="sr-only">{name} says:</p>
        <p className="whitespace-pre-wrap" aria-live={streaming ? 'polite' : undefined} aria-busy={streaming}>
          {text}
          {streaming && (
            <span
              className="ml-0.5 inline-block h-4 w-1.5 motion-safe:animate-pulse bg-slate-400 align-middle"
              aria-hidden
            />
          )}
        </p>
      </div>
    </div>
  );
}

function LearnerLine({ text, score }: { text: string; score?: number }) {
  const lowPressure = useLowPressure();
  return (
    <div className="flex justify-end">
      <div className="max-w-[85%] rounded-2xl rounded-tr-sm bg-indigo-700 px-4 py-3 text-white">
        <p className="sr-only">You said:</p>
        <p className="whitespace-pre-wrap break-words">{text}</p>
        {score !== undefined && !lowPressure && <p className="mt-1 text-right text-xs text-indigo-100">{score}/100</p>}
      </div>
    </div>
  );
}

function Debrief({
  scenario,
  kept,
  endingBeat,
  saving,
  onPractiseAgain,
}: {
  scenario: Scenario;
  kept: Attempt[];
  endingBeat: string;
  saving: boolean;
  onPractiseAgain: () => void;
}) {
  const outcome = conversationOutcome(
    scenario.beats.find((b) => b.id === endingBeat)?.outcome,
    kept.map((a) => a.grade.overall),
  );
  const lowPressure = useLowPressure();
  const listening = sessionListening(kept);
  const overall = kept.length ? Math.round(kept.reduce((s, a) => s + a.grade.overall, 0) / kept.length) : 0;
  const means = meanLevels(kept);
  return (
    <Card className="space-y-4 border-indigo-200" data-testid="debrief">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-xl font-bold">Debrief</h2>
        {lowPressure ? (
          <p className="text-sm text-slate-600">{replies(kept.length)}</p>
        ) : (
          <p>
            <span className="text-3xl font-bold text-indigo-900">{overall}</span>
            <span className="text-sm text-slate-500"> / 100 across {replies(kept.length)}</span>
          </p>
        )}
      </div>
      {outcome && (
        <div className={`rounded-lg border p-3 text-sm ${OUTCOME_TONES[outcome]}`} data-testid="outcome">
          <p className="font-semibold">{OUTCOME_LABELS[outcome]}</p>
          <p className="mt-0.5">Success looked like this: {scenario.success}</p>
        </div>
      )}
      {listening !== null && (
        <p className="text-sm text-slate-700" data-testid="conversation-listening">
          <span className="font-semibold">
            Listening across the conversation:{' '}
            {lowPressure ? levelName(listening / 25).toLowerCase() : `${listening}/100`}.
          </span>{' '}
          Reflections and open questions raise it; advice, directives and long monologues lower it.
        </p>
      )}
      <table className="w-full text-sm">
        <caption className="sr-only">Average level per criterion in this conversation</caption>
        <tbody>
          {means.map(({ id, mean }) => {
            return (
              <tr key={id} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 text-left font-medium">
                  {RUBRIC[id].name}
                </th>
                <td className="py-1.5 text-right text-slate-700">
                  {lowPressure ? levelName(mean) : `${levelName(mean)} · ${mean.toFixed(1)}/4`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <h3 className="font-semibold">Tips for next time</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {scenario.debrief.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {saving ? (
          <Spinner label="Saving this conversation…" />
        ) : (
          <>
            <Link to="/progress" className={buttonClass('primary')}>
              See your progress
            </Link>
            <Button variant="secondary" onClick={onPractiseAgain}>
              Practise this again
            </Button>
            <Link to="/" className={buttonClass('ghost')}>
              Back to today
            </Link>
          </>
        )}
      </div>
    </Card>
  );
}

/** Keeps what could not be saved: the session's attempts as a JSON file the learner can keep. */
function downloadConversation(scenarioId: string, attempts: readonly Attempt[]) {
  const name = `rapport-${scenarioId}-${new Date().toISOString().slice(0, 10)}.json`;
  downloadFile(name, [JSON.stringify({ scenarioId, attempts }, null, 2)], 'application/json');
}

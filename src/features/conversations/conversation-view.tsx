import { Link } from 'react-router';
import { RUBRIC, levelName } from '../../grading/rubric';
import { conversationOutcome } from '../../scenario/conversation-outcome';
import { debriefWords } from '../../scenario/debrief-words';
import type { Scenario } from '../../scenario/scenario.schema';
import type { Attempt, SessionSummary } from '../../storage/history.schema';
import { skillSnapshot } from '../../storage/skill-snapshot';
import { buttonClass } from '../../ui/button';
import { countOf } from '../../ui/count';
import { DebriefCard } from '../../ui/debrief-card';
import { useLowPressure } from '../../ui/low-pressure';
import { Notice } from '../../ui/notice';

const times = (n: number) => (n === 2 ? 'twice' : `${n} times`);

export interface ConversationViewProps {
  session: SessionSummary;
  /** Every stored attempt of the session, retries included. */
  attempts: readonly Attempt[];
  /** The scenario as the library has it now; undefined when it is no longer there. */
  scenario?: Scenario;
}

/**
 * A finished conversation read back: what the persona said and what the learner replied at each
 * moment, each reply's grade with a link to its feedback, and the debrief (outcome, scores, tips)
 * rebuilt from the stored replies and the scenario.
 */
export function ConversationView({ session, attempts, scenario }: ConversationViewProps) {
  const lowPressure = useLowPressure();
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const kept = session.attemptIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const missing = session.attemptIds.length - kept.length;
  // The moment the conversation ended at is the last kept reply's; unknown if that reply is gone.
  const last = byId.get(session.attemptIds.at(-1) ?? '');
  const ending = last && scenario?.beats.find((b) => b.id === last.beatId);
  const outcome = conversationOutcome(
    ending?.outcome,
    kept.map((a) => a.grade.overall),
  );
  // Each criterion's mean over the whole conversation.
  const means = skillSnapshot(kept, { recent: Infinity });
  const personaName = scenario?.persona.name ?? 'They';

  return (
    <div className="space-y-5">
      {!scenario && (
        <Notice tone="warning" title="This scenario is not in your library now">
          “{session.scenarioId}” (version {session.scenarioVersion}) could not be found, so the outcome comes from the
          scores alone and its tips can’t be shown. Your replies and their grades are all here.
        </Notice>
      )}
      {scenario && scenario.version !== session.scenarioVersion && (
        <Notice>
          This scenario has changed since you practised it (version {session.scenarioVersion}, now {scenario.version}):
          its outcome and tips are today’s.
        </Notice>
      )}

      <section aria-labelledby="transcript-heading" className="space-y-3">
        <h2 id="transcript-heading" className="font-semibold">
          The conversation
        </h2>
        <ol className="space-y-5" aria-label="Conversation">
          {session.attemptIds.map((id, i) => {
            const a = byId.get(id);
            if (!a)
              return (
                <li key={`${id}-${i}`} className="text-sm text-slate-600">
                  Moment {i + 1}: this reply ({id}) is no longer stored in this browser.
                </li>
              );
            const tries = attempts.filter((t) => t.beatId === a.beatId).length;
            return (
              <li key={`${id}-${i}`} className="space-y-2" data-testid="conversation-moment">
                <PersonaLine name={personaName} text={a.context} />
                <LearnerLine text={a.reply} />
                <div className="flex flex-wrap items-baseline justify-end gap-x-3 gap-y-1 text-xs text-slate-600">
                  <span data-testid="grade-summary">
                    {!lowPressure && <span className="font-semibold text-indigo-900">{a.grade.overall}/100 · </span>}
                    {a.grade.criteria
                      .map((c) =>
                        lowPressure
                          ? `${RUBRIC[c.id].name}: ${levelName(c.level).toLowerCase()}`
                          : `${RUBRIC[c.id].name}: ${levelName(c.level).toLowerCase()} (${c.level}/4)`,
                      )
                      .join(' · ')}
                  </span>
                  {tries > 1 && <span>You tried this moment {times(tries)}; this is the reply you kept.</span>}
                  <Link
                    to={`/attempts/${encodeURIComponent(a.id)}`}
                    className="font-medium text-indigo-700 hover:underline"
                  >
                    Open this reply’s feedback
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <DebriefCard
        score={lowPressure ? null : session.overall}
        replies={countOf(session.attemptIds.length, 'reply', 'replies')}
        note={
          missing > 0 &&
          `${missing === 1 ? 'One reply is' : `${missing} replies are`} no longer stored; what follows uses the rest.`
        }
        {...debriefWords({ outcome, success: scenario?.success, listening: session.listening, means, lowPressure })}
        tips={scenario?.debrief.tips}
        actions={
          <>
            {scenario && (
              <Link to={`/practice/${encodeURIComponent(scenario.id)}`} className={buttonClass('primary')}>
                Practise this again
              </Link>
            )}
            <Link to="/progress#conversations" className={buttonClass('ghost')}>
              All conversations
            </Link>
          </>
        }
      />
    </div>
  );
}

function PersonaLine({ name, text }: { name: string; text: string }) {
  return (
    <div className="flex gap-3">
      <span
        aria-hidden
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-100 text-sm font-bold text-teal-900"
      >
        {name.charAt(0)}
      </span>
      <div className="max-w-[85%] rounded-2xl rounded-tl-sm bg-slate-100 px-4 py-3 text-slate-700">
        <p className="sr-only">{name} said:</p>
        <p className="whitespace-pre-wrap">{text}</p>
      </div>
    </div>
  );
}

function LearnerLine({ text }: { text: string }) {
  return (
    <div className="flex justify-end">
      <div className="max-w-[85%] rounded-2xl rounded-tr-sm bg-indigo-700 px-4 py-3 text-white">
        <p className="sr-only">You said:</p>
        <p className="whitespace-pre-wrap break-words">{text}</p>
      </div>
    </div>
  );
}

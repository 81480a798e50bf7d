import { Link } from 'react-router';
import { RUBRIC, levelName } from '../../grading/rubric';
import { conversationOutcome, OUTCOME_LABELS } from '../../scenario/conversation-outcome';
import { sessionListening } from '../../scenario/practice-session.machine';
import type { Scenario } from '../../scenario/scenario.schema';
import type { Attempt } from '../../storage/history.schema';
import { skillSnapshot } from '../../storage/skill-snapshot';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useLowPressure } from '../../ui/low-pressure';
import { OUTCOME_TONES } from '../../ui/outcome-tone';
import { Spinner } from '../../ui/spinner';

const replies = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

/** The end of a conversation: its outcome, scores per criterion, listening, the scenario's tips, and where next. */
export function Debrief({
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
  // Each criterion's mean over the whole conversation.
  const means = skillSnapshot(kept, { recent: Infinity });
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

import type { ReactNode } from 'react';
import { Card } from './card';
import { OUTCOME_TONES } from './outcome-tone';

/**
 * The end of a conversation, laid out: the score, the outcome, the listening line, a level per skill, the tips and
 * where next. It knows no rubric: the debrief at the end of practice and the saved conversation both fill it with
 * words they have already formatted, so the two read the same.
 */
export function DebriefCard({
  score,
  replies,
  note,
  outcome,
  listening,
  levels,
  tips,
  actions,
}: {
  /** The overall score, or null where numbers are hidden (low-pressure mode). */
  score: number | null;
  /** "3 replies". */
  replies: string;
  /** A line under the heading, such as replies that are no longer stored. */
  note?: ReactNode;
  outcome?: { tone: keyof typeof OUTCOME_TONES; label: string; detail?: string };
  /** "Listening across the conversation: 63/100." */
  listening?: string;
  /** One row per skill: its name and its level in words (and numbers). */
  levels: readonly { name: string; level: string }[];
  tips?: readonly string[];
  actions: ReactNode;
}) {
  return (
    <Card className="space-y-4 border-indigo-200" data-testid="debrief" aria-labelledby="debrief-heading">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 id="debrief-heading" className="text-xl font-bold">
          Debrief
        </h2>
        {score === null ? (
          <p className="text-sm text-slate-600">{replies}</p>
        ) : (
          <p data-testid="conversation-overall">
            <span className="text-3xl font-bold text-indigo-900">{score}</span>
            <span className="text-sm text-slate-500"> / 100 across {replies}</span>
          </p>
        )}
      </div>
      {note && <p className="text-sm text-slate-600">{note}</p>}
      {outcome && (
        <div className={`rounded-lg border p-3 text-sm ${OUTCOME_TONES[outcome.tone]}`} data-testid="outcome">
          <p className="font-semibold">{outcome.label}</p>
          {outcome.detail && <p className="mt-0.5">{outcome.detail}</p>}
        </div>
      )}
      {listening && (
        <p className="text-sm text-slate-700" data-testid="conversation-listening">
          <span className="font-semibold">{listening}</span> Reflections and open questions raise it; advice, directives
          and long monologues lower it.
        </p>
      )}
      {levels.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">Average level per criterion in this conversation</caption>
          <tbody>
            {levels.map(({ name, level }) => (
              <tr key={name} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 text-left font-medium">
                  {name}
                </th>
                <td className="py-1.5 text-right text-slate-700">{level}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {tips && tips.length > 0 && (
        <div>
          <h3 className="font-semibold">Tips for next time</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700" aria-label="Tips for next time">
            {tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    </Card>
  );
}

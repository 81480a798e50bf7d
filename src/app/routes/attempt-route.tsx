import { Link, useParams } from 'react-router';
import { FeedbackView } from '../../features/feedback/feedback-view';
import { formatDateTime } from '../../features/progress/format';
import { useAttemptWithTries } from '../../storage/use-history';
import { Card } from '../../ui/card';
import { useLowPressure } from '../../ui/low-pressure';
import { useAttemptRegrade } from '../regrade';
import { useScenario } from '../catalogue';
import type { Scenario } from '../../scenario/scenario.schema';

export function Component() {
  const { attemptId = '' } = useParams();
  const lowPressure = useLowPressure();
  const data = useAttemptWithTries(attemptId);
  const found = useScenario(data?.attempt?.scenarioId ?? '');
  const scenario = found.kind === 'found' ? found.scenario : undefined;
  const regrade = useAttemptRegrade(data?.attempt, scenario);
  if (data === undefined) return <p className="text-sm text-slate-500">Loading…</p>;
  const { attempt, tries, session } = data;
  if (attempt === null) {
    return (
      <Card>
        <h1 className="text-lg font-semibold">Attempt not found</h1>
        <p className="mt-1 text-slate-600">It may have been deleted, or it was never saved in this browser.</p>
        <Link to="/progress" className="mt-3 inline-block font-medium text-indigo-700 underline">
          Back to progress
        </Link>
      </Card>
    );
  }
  const index = tries.findIndex((t) => t.id === attempt.id);
  const previous = index > 0 ? tries[index - 1] : undefined;
  return (
    <div className="space-y-4">
      <Link to="/progress" className="text-sm font-medium text-indigo-700 hover:underline">
        ← Progress
      </Link>
      <header>
        <h1 className="text-xl font-bold">{scenario?.title ?? `${attempt.scenarioId} (not in this library)`}</h1>
        <p className="text-sm text-slate-500">
          {formatDateTime(attempt.createdAt)}
          {momentAim(scenario, attempt.beatId) && ` · aim: ${momentAim(scenario, attempt.beatId)}`}
        </p>
        {session && (
          <Link
            to={`/conversations/${encodeURIComponent(session.id)}`}
            className="mt-1 inline-block text-sm font-medium text-indigo-700 hover:underline"
          >
            See the whole conversation
          </Link>
        )}
      </header>
      <Card>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {scenario?.persona.name ?? 'They'} said
        </p>
        <p className="mt-1 whitespace-pre-wrap text-slate-800">{attempt.context}</p>
      </Card>
      <FeedbackView
        attempt={attempt}
        previous={previous}
        regrade={regrade}
        exemplars={scenario?.beats.find((b) => b.id === attempt.beatId)?.exemplars}
      />
      {tries.length > 1 && (
        <Card aria-labelledby="tries-heading">
          <h2 id="tries-heading" className="font-semibold">
            Every try at this moment ({tries.length})
          </h2>
          <ol className="mt-2 divide-y divide-slate-100" aria-label="Tries at this moment">
            {tries.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="min-w-0 truncate">
                  <span className="text-slate-500">{formatDateTime(t.createdAt)} · </span>“{t.reply}”
                </span>
                {t.id === attempt.id ? (
                  <span className="shrink-0 text-xs font-medium text-slate-500">this one</span>
                ) : (
                  <Link
                    to={`/attempts/${encodeURIComponent(t.id)}`}
                    className="shrink-0 font-medium text-indigo-700 hover:underline"
                  >
                    {lowPressure ? 'Open' : `${t.grade.overall}/100 · open`}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}

/** The moment in words (its aim, as the learner saw it), never its internal id. */
function momentAim(scenario: Scenario | undefined, beatId: string): string | undefined {
  return scenario?.beats.find((b) => b.id === beatId)?.prompt;
}

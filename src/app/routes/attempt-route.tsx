import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { FeedbackView } from '../../features/feedback/feedback-view';
import { findScenario } from '../../scenario/scenario-library';
import { getAttempt } from '../../storage/history';
import { Card } from '../../ui/card';
import { llmRegrade } from '../regrade';

export function Component() {
  const { attemptId = '' } = useParams();
  const attempt = useLiveQuery(() => getAttempt(attemptId), [attemptId], undefined);
  if (attempt === undefined) return <p className="text-sm text-slate-500">Loading…</p>;
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
  const scenario = findScenario(attempt.scenarioId);
  return (
    <div className="space-y-4">
      <Link to="/progress" className="text-sm font-medium text-indigo-700 hover:underline">
        ← Progress
      </Link>
      <header>
        <h1 className="text-xl font-bold">{scenario?.title ?? attempt.scenarioId}</h1>
        <p className="text-sm text-slate-500">
          {new Date(attempt.createdAt).toLocaleString()} · moment “{attempt.beatId}”
        </p>
      </header>
      <Card>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {scenario?.persona.name ?? 'They'} said
        </p>
        <p className="mt-1 whitespace-pre-wrap text-slate-800">{attempt.context}</p>
      </Card>
      <FeedbackView attempt={attempt} regrade={llmRegrade(attempt)} />
    </div>
  );
}

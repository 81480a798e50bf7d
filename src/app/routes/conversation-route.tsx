import { Link, useParams } from 'react-router';
import { ConversationView } from '../../features/conversations/conversation-view';
import { formatDateTime } from '../../features/progress/format';
import { useConversation } from '../../storage/use-history';
import { Card } from '../../ui/card';
import { useScenario } from '../catalogue';

/** One finished conversation: its transcript and its debrief, reopened from Progress or an attempt. */
export function Component() {
  const { sessionId = '' } = useParams();
  const data = useConversation(sessionId);
  const found = useScenario(data?.session?.scenarioId ?? '');
  if (data === undefined || (data.session && found.kind === 'loading'))
    return <p className="text-sm text-slate-500">Loading…</p>;
  const { session, attempts } = data;
  if (session === null) {
    return (
      <Card>
        <h1 className="text-lg font-semibold">Conversation not found</h1>
        <p className="mt-1 text-slate-600">
          It may have been deleted, or it was never finished in this browser. A conversation is kept when you reach its
          debrief.
        </p>
        <Link to="/progress" className="mt-3 inline-block font-medium text-indigo-700 underline">
          Back to progress
        </Link>
      </Card>
    );
  }
  const scenario = found.kind === 'found' ? found.scenario : undefined;
  return (
    <div className="space-y-4">
      <Link to="/progress#conversations" className="text-sm font-medium text-indigo-700 hover:underline">
        ← Progress
      </Link>
      <header>
        <h1 className="text-xl font-bold">{scenario?.title ?? `${session.scenarioId} (not in this library)`}</h1>
        <p className="text-sm text-slate-500">
          Finished {formatDateTime(session.finishedAt)}
          {scenario && ` · with ${scenario.persona.name}, ${scenario.persona.role}`}
        </p>
      </header>
      <ConversationView session={session} attempts={attempts} scenario={scenario} />
    </div>
  );
}

import type { Attempt } from '../../storage/history.schema';
import { downloadFile } from '../../ui/download';

/** Keeps what could not be saved: the session's attempts as a JSON file the learner can keep. */
export function downloadConversation(scenarioId: string, attempts: readonly Attempt[]) {
  const name = `rapport-${scenarioId}-${new Date().toISOString().slice(0, 10)}.json`;
  downloadFile(name, [JSON.stringify({ scenarioId, attempts }, null, 2)], 'application/json');
}

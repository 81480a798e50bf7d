import { useLiveQuery } from 'dexie-react-hooks';
import { getImportedScenario, listImportedScenarios, type ImportedScenario } from './imported-scenarios';

/** The scenarios the learner imported, oldest first; empty while loading or when they cannot be read. */
export function useImportedScenarios(): ImportedScenario[] {
  return useLiveQuery(() => listImportedScenarios().catch(() => []), [], []);
}

/**
 * The imported scenario with this id: null when there is none (or it cannot be read), undefined
 * while loading; `id` null asks for nothing (a built-in scenario) and gives null.
 */
export function useImportedScenario(id: string | null): ImportedScenario | null | undefined {
  const found = useLiveQuery(() => (id === null ? null : getImportedScenario(id).catch(() => null)), [id], undefined);
  return id === null ? null : found;
}

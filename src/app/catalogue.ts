/**
 * One catalogue of scenarios for every page: the built-in library and the files the learner
 * imported into this browser, looked up the same way wherever a scenario id appears (practice,
 * attempt pages, Progress, regrading).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatScenarioError } from '../scenario/parse-scenario';
import { builtInLibrary, findScenario } from '../scenario/scenario-library';
import type { Scenario } from '../scenario/scenario.schema';
import { getImportedScenario, listImportedScenarios } from '../storage/imported-scenarios';

export type ScenarioLookup =
  | { kind: 'loading' }
  | { kind: 'found'; scenario: Scenario; imported: boolean }
  /** An imported file that no longer parses (a later schema change can invalidate an old import). */
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'missing' };

/** Finds a scenario by id: built in first, then imported. */
export async function lookUpScenario(id: string): Promise<Exclude<ScenarioLookup, { kind: 'loading' }>> {
  const builtIn = findScenario(id);
  if (builtIn) return { kind: 'found', scenario: builtIn, imported: false };
  const found = await getImportedScenario(id).catch(() => null);
  if (!found) return { kind: 'missing' };
  return found.result.ok
    ? { kind: 'found', scenario: found.result.scenario, imported: true }
    : { kind: 'invalid', errors: found.result.errors.map(formatScenarioError) };
}

/** The scenario with this id, kept current as imports change. */
export function useScenario(id: string): ScenarioLookup {
  const builtIn = findScenario(id);
  const looked = useLiveQuery(() => (builtIn ? null : lookUpScenario(id)), [id, builtIn], 'loading' as const);
  if (builtIn) return { kind: 'found', scenario: builtIn, imported: false };
  return looked === 'loading' || looked === null ? { kind: 'loading' } : looked;
}

/** Every scenario's title by id, built in and imported. */
export function useScenarioTitles(): ReadonlyMap<string, string> {
  const imported = useLiveQuery(() => listImportedScenarios().catch(() => []), [], []);
  const titles = new Map(builtInLibrary.scenarios.map((s) => [s.id, s.title]));
  for (const i of imported) if (i.result.ok && !titles.has(i.row.id)) titles.set(i.row.id, i.result.scenario.title);
  return titles;
}

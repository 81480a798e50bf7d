/**
 * One catalogue of scenarios for every page: the built-in library and the files the learner
 * imported into this browser, looked up the same way wherever a scenario id appears (practice,
 * attempt pages, Progress, regrading).
 */
import { formatScenarioError } from '../scenario/parse-scenario';
import { builtInLibrary, findScenario } from '../scenario/scenario-library';
import type { Scenario } from '../scenario/scenario.schema';
import { getImportedScenario, type ImportedScenario } from '../storage/imported-scenarios';
import { useImportedScenario, useImportedScenarios } from '../storage/use-imported-scenarios';

export type ScenarioLookup =
  | { kind: 'loading' }
  | { kind: 'found'; scenario: Scenario; imported: boolean }
  /** An imported file that no longer parses (a later schema change can invalidate an old import). */
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'missing' };

/** Finds a scenario by id: built in first, then imported. */
export async function lookUpScenario(id: string): Promise<Exclude<ScenarioLookup, { kind: 'loading' }>> {
  return findScenario(id) ? asLookup(id, null) : asLookup(id, await getImportedScenario(id).catch(() => null));
}

function asLookup(id: string, imported: ImportedScenario | null): Exclude<ScenarioLookup, { kind: 'loading' }> {
  const builtIn = findScenario(id);
  if (builtIn) return { kind: 'found', scenario: builtIn, imported: false };
  if (!imported) return { kind: 'missing' };
  return imported.result.ok
    ? { kind: 'found', scenario: imported.result.scenario, imported: true }
    : { kind: 'invalid', errors: imported.result.errors.map(formatScenarioError) };
}

/** The scenario with this id, kept current as imports change. */
export function useScenario(id: string): ScenarioLookup {
  const builtIn = findScenario(id);
  const imported = useImportedScenario(builtIn ? null : id);
  return imported === undefined ? { kind: 'loading' } : asLookup(id, imported);
}

/** Every scenario's title by id, built in and imported. */
export function useScenarioTitles(): ReadonlyMap<string, string> {
  const imported = useImportedScenarios();
  const titles = new Map(builtInLibrary.scenarios.map((s) => [s.id, s.title]));
  for (const i of imported) if (i.result.ok && !titles.has(i.row.id)) titles.set(i.row.id, i.result.scenario.title);
  return titles;
}

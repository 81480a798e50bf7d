import { formatScenarioError, parseScenarioData, type ScenarioError } from './parse-scenario';
import type { Scenario } from './scenario.schema';

// Built-in scenarios are bundled (the YAML is turned into JSON at build time) and parsed here.
const modules = import.meta.glob<unknown>('../../scenarios/*.yaml', { eager: true, import: 'default' });

export interface ScenarioLibrary {
  scenarios: Scenario[];
  errors: ScenarioError[];
}

function load(): ScenarioLibrary {
  const scenarios: Scenario[] = [];
  const errors: ScenarioError[] = [];
  for (const [path, data] of Object.entries(modules)) {
    const file = path.replace(/^(\.\.\/)+/, '');
    const result = parseScenarioData(data, file);
    if (result.ok) scenarios.push(result.scenario);
    else {
      errors.push(...result.errors);
      console.error(result.errors.map(formatScenarioError).join('\n'));
    }
  }
  scenarios.sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
  return { scenarios, errors };
}

export const builtInLibrary: ScenarioLibrary = load();

export function findScenario(id: string): Scenario | undefined {
  return builtInLibrary.scenarios.find((s) => s.id === id);
}

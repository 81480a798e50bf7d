/** The built-in scenarios, read from `scenarios/` for the Node tools and tests; a file that does not parse is named. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../src/scenario/parse-scenario-file';
import type { Scenario } from '../src/scenario/scenario.schema';

export function readScenarioFolder(dir = 'scenarios'): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const r = parseScenarioText(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
      if (!r.ok) throw new Error(`scenarios/${f} does not parse: run npm run scenarios:check`);
      return r.scenario;
    });
}

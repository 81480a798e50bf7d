import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from './parse-scenario';
import { parseScenarioText } from './parse-scenario-file';
import { scenarioJsonSchemaText } from './scenario-json-schema';

const dir = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('built-in scenario files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s is a valid scenario', (file) => {
    const result = parseScenarioText(readFileSync(join(dir, file), 'utf8'), `scenarios/${file}`);
    // Printing the formatted errors makes a failure name the file and the field.
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = files.map((f) => {
      const r = parseScenarioText(readFileSync(join(dir, f), 'utf8'), f);
      return r.ok ? r.scenario.id : f;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('scenarios/README.md', () => {
  it('shows a minimal example that is itself a valid scenario', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const result = parseScenarioText(example, 'scenarios/README.md');
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([]);
  });
});

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run scenarios:schema` after changing it)', () => {
    expect(readFileSync(join(dir, 'scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });
});

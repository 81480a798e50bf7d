import { z } from 'zod';
import { ScenarioSchema } from './scenario.schema';

/**
 * The JSON Schema of a scenario file, generated from the zod schema so editors can complete and
 * check YAML files (`# yaml-language-server: $schema=./scenario.schema.json`). Cross-field rules
 * (unknown beats, loops) are checked only by `npm run scenarios:check`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Rapport scenario',
    description: 'A practice conversation for Rapport. See scenarios/README.md.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

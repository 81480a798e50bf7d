/** `npm run scenarios:schema`: writes scenarios/scenario.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/scenario/scenario-json-schema';

writeFileSync('scenarios/scenario.schema.json', scenarioJsonSchemaText());
console.log('Wrote scenarios/scenario.schema.json');

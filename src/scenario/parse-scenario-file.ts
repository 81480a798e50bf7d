import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseScenarioData, type ScenarioParseResult } from './parse-scenario';

// Kept apart from parse-scenario.ts so the app's first page does not ship a YAML parser.
/** Parses the text of a scenario file (YAML, of which JSON is a subset). */
export function parseScenarioText(text: string, file: string): ScenarioParseResult {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message.split('\n')[0]! : String(err);
    return { ok: false, errors: [{ file, path: '', message: `not valid YAML: ${message}` }] };
  }
  return parseScenarioData(data, file);
}

import { parseScenarioText } from './parse-scenario-file';
import type { ScenarioError, ScenarioParseResult } from './parse-scenario';

/** Larger than any real scenario by two orders of magnitude; refuses pasted logs and binaries. */
export const MAX_SCENARIO_BYTES = 512 * 1024;

/**
 * Validates a file the learner wants to import. Besides the schema, an imported scenario must not
 * reuse the id of a built-in one, so it can never replace or shadow it.
 */
export function validateImport(text: string, fileName: string, builtInIds: ReadonlySet<string>): ScenarioParseResult {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_SCENARIO_BYTES) {
    return fail(
      fileName,
      '',
      `the file is ${(size / 1024).toFixed(0)} KB; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1024} KB`,
    );
  }
  // Imported files are named by the learner, so the id need not match the file name.
  const result = parseScenarioText(text, fileName.replace(/\.ya?ml$/i, '.scenario'));
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => ({ ...e, file: fileName })) };
  if (builtInIds.has(result.scenario.id)) {
    return fail(fileName, 'id', `"${result.scenario.id}" is the id of a built-in scenario; choose another id`);
  }
  return result;
}

function fail(file: string, path: string, message: string): { ok: false; errors: ScenarioError[] } {
  return { ok: false, errors: [{ file, path, message }] };
}

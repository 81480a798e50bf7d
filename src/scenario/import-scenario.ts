import { isMap, isScalar, parseDocument } from 'yaml';
import { formatOfFile, parseScenarioText } from './parse-scenario-file';
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
  const result = parseScenarioText(text, fileName.replace(/\.ya?ml$/i, '.scenario'), formatOfFile(fileName));
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => ({ ...e, file: fileName })) };
  const id = result.scenario.id;
  if (builtInIds.has(id)) {
    return fail(
      fileName,
      'id',
      `“${id}” is the id of a built-in scenario, and an import can never replace a built-in one; give your scenario another id, e.g. “${id}-mine”`,
    );
  }
  return result;
}

/** The first of `<id>-2`, `<id>-3`, … that is not taken: the id a second copy is kept under. */
export function freeScenarioId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The file's text with only its top-level `id` changed, so the copy exported later is the file the
 * learner wrote, under the id it is stored with. Works for YAML and JSON (which YAML reads too).
 */
export function withScenarioId(text: string, id: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const doc = parseDocument(body);
  const node = isMap(doc.contents) ? doc.contents.get('id', true) : undefined;
  if (!isScalar(node) || !node.range) throw new Error('the file has no top-level id to change');
  const written = node.type === 'QUOTE_DOUBLE' ? JSON.stringify(id) : node.type === 'QUOTE_SINGLE' ? `'${id}'` : id;
  return bom + body.slice(0, node.range[0]) + written + body.slice(node.range[1]);
}

function fail(file: string, path: string, message: string): { ok: false; errors: ScenarioError[] } {
  return { ok: false, errors: [{ file, path, message }] };
}

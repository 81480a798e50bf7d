import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './scenario.schema';

export interface ScenarioError {
  file: string;
  /** Where in the file, e.g. `beats[2].branches[0].goto`; empty for the whole file. */
  path: string;
  message: string;
}

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export class ScenarioFileError extends Error {
  constructor(readonly errors: ScenarioError[]) {
    super(errors.map(formatScenarioError).join('\n'));
    this.name = 'ScenarioFileError';
  }
}

export function formatScenarioError(e: ScenarioError): string {
  return e.path ? `${e.file}: ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function issuesToErrors(file: string, issues: readonly z.core.$ZodIssue[]): ScenarioError[] {
  return issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/** Parses an already-decoded value (e.g. from a bundled YAML module). */
export function parseScenarioData(data: unknown, file: string): ScenarioParseResult {
  const result = ScenarioSchema.safeParse(data);
  if (result.success) {
    const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (file.match(/\.ya?ml$/) && result.data.id !== expected) {
      return { ok: false, errors: [{ file, path: 'id', message: `must match the file name ("${expected}")` }] };
    }
    return { ok: true, scenario: result.data };
  }
  return { ok: false, errors: issuesToErrors(file, result.error.issues) };
}

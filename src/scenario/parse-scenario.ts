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

function issuesToErrors(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): ScenarioError[] {
  return issues.map((issue) => ({ file, path: formatPath(issue.path), message: plainMessage(issue, data) }));
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** What a value is, in words: `text “hard”`, `the number 3`, `a list`. */
function describeValue(v: unknown): string {
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return `text “${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v === 'number' ? 'the number ' : ''}${v}`;
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a group of fields' : typeof v;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, zod reports no path below a value that is not an object
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** zod's message said plainly, with what was found where it helps ("expected a number, found text “hard”"). */
function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  if (issue.path.length === 1 && issue.path[0] === 'version' && found !== undefined) {
    return `${describeValue(found)} is not a version Rapport knows: “version” is a whole number from 1, raised each time the beats change`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? 'this required field is missing'
        : `expected ${KINDS[issue.expected] ?? issue.expected}, found ${describeValue(found)}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `“${k}”`).join(', ');
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling (this version of Rapport does not know ${issue.keys.length > 1 ? 'them' : 'it'})`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}${found === undefined ? '' : `; found ${describeValue(found)}`}`;
    default:
      return issue.message;
  }
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
  return { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
}

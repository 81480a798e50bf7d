import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseScenarioData, type ScenarioError, type ScenarioParseResult } from './parse-scenario';

// Kept apart from parse-scenario.ts so the app's first page does not ship a YAML parser.

export type ScenarioFormat = 'yaml' | 'json';

/**
 * The format a file name says: the last `.json`, `.yaml` or `.yml` in it, so a label such as
 * `coffee.json (imported)` still counts. Anything else is read as YAML.
 */
export function formatOfFile(file: string): ScenarioFormat {
  const ext = [...file.matchAll(/\.(json|ya?ml)(?![\w-])/gi)].at(-1)?.[1]?.toLowerCase();
  return ext === 'json' ? 'json' : 'yaml';
}

/**
 * Parses the text of a scenario file: JSON for a `.json` file, YAML otherwise. A file that is not
 * a scenario at all (a web page, a history export, plain text) or that was written for a newer
 * scenario format is named as such, rather than reported field by field.
 */
export function parseScenarioText(
  text: string,
  file: string,
  format: ScenarioFormat = formatOfFile(file),
): ScenarioParseResult {
  const fail = (message: string, path = ''): ScenarioParseResult => ({ ok: false, errors: [{ file, path, message }] });
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('the file is empty');
  if (looksLikeHtml(body)) {
    return fail(
      `${NOT_A_SCENARIO}: it looks like a web page (HTML). Download the scenario file itself, not the page that shows it`,
    );
  }
  const decoded = format === 'json' ? decodeJson(body) : decodeYaml(body);
  if ('error' in decoded) return fail(decoded.error);
  const problem = notAScenario(decoded.data) ?? unknownFormat(decoded.data);
  if (problem) return { ok: false, errors: [{ file, ...problem }] };
  return parseScenarioData(decoded.data, file);
}

const NOT_A_SCENARIO = 'this is not a scenario file';
const FIELDS = 'fields such as id, title, persona and beats';

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(!doctype\s+html|\/?(html|head|body|meta|title|div|p)[\s>])/i.test(text);
}

function decodeYaml(text: string): { data: unknown } | { error: string } {
  try {
    return { data: parseYaml(text, { prettyErrors: true }) };
  } catch (err) {
    if (!(err instanceof YAMLParseError)) return { error: `not valid YAML: ${String(err)}` };
    // The message ends with " at line L, column C:" and a picture of the line; we give our own.
    const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const at = err.linePos?.[0];
    return {
      error: at ? `YAML syntax error at line ${at.line}, column ${at.col}: ${reason}` : `not valid YAML: ${reason}`,
    };
  }
}

function decodeJson(text: string): { data: unknown } | { error: string } {
  // Our own scan finds the place and says what is wrong the same way in every browser, and it
  // refuses duplicate keys, which JSON.parse would silently collapse.
  const problem = findJsonError(text);
  if (problem) {
    const { line, column } = lineAndColumn(text, problem.offset);
    return { error: `JSON syntax error at line ${line}, column ${column}: ${problem.message}` };
  }
  try {
    return { data: JSON.parse(text) };
  } catch (err) {
    return { error: `JSON syntax error: ${(err as Error).message}` };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first syntax error in a JSON text, with the offset it is at; null when the text is valid JSON. */
export function findJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  // What stands where something else was expected: a word, a string as written, or one character.
  const found = (): string => {
    if (i >= text.length) return 'the end of the file';
    const str = text[i] === '"' ? /^"(?:[^"\\\n]|\\.){0,40}"?/.exec(text.slice(i))![0] : null;
    return str ?? `“${/^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0] ?? text[i]}”`;
  };
  const missingComma = () => (text[i] === '"' || /[[{\d-]/.test(text[i] ?? '') ? '; is a comma missing?' : '');
  class Fail {
    constructor(
      readonly offset: number,
      readonly message: string,
    ) {}
  }
  const fail = (message: string, at = i) => new Fail(at, message);

  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return void string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === "'") throw fail('strings must be in double quotes (") in JSON, not single quotes');
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) throw fail('JSON does not allow comments');
    throw fail(`expected a value, found ${found()}`);
  };

  const object = (): void => {
    const keys = new Set<string>();
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (text[i] === '}') throw fail('there is a comma before “}”; JSON allows no comma after the last item');
        if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) throw fail('JSON does not allow comments');
        throw fail(`expected a property name in double quotes, found ${found()}`);
      }
      const at = i;
      const key = string();
      if (keys.has(key)) throw fail(`the property “${key}” appears twice in the same object`, at);
      keys.add(key);
      ws();
      if (text[i] !== ':') throw fail(`expected “:” after the property name “${key}”, found ${found()}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      throw fail(`expected “,” or “}” after the value of “${key}”, found ${found()}${missingComma()}`);
    }
  };

  const array = (): void => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (;;) {
      ws();
      if (text[i] === ']') throw fail('there is a comma before “]”; JSON allows no comma after the last item');
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      throw fail(`expected “,” or “]” after an item of a list, found ${found()}${missingComma()}`);
    }
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n')
        throw fail('a string is not closed: a closing double quote (") is missing', start);
      if (c === '"') break;
      if (c < ' ') throw fail('a control character (such as a tab) must be written as an escape inside a string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw fail(`“\\${e ?? ''}” is not an escape JSON knows`);
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const number = (): void => {
    const rest = text.slice(i);
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?(?![\w.])/.exec(rest);
    if (!m) throw fail(`“${/^-?[\w.+-]*/.exec(rest)![0]}” is not a number JSON allows`);
    i += m[0].length;
  };

  try {
    value();
    ws();
    if (i < text.length) throw fail(`unexpected ${found()} after the end of the JSON value`);
    return null;
  } catch (err) {
    if (err instanceof Fail) return { offset: err.offset, message: err.message };
    throw err;
  }
}

type Problem = Omit<ScenarioError, 'file'>;

function notAScenario(data: unknown): Problem | null {
  const kind = (what: string): Problem => ({ path: '', message: `${NOT_A_SCENARIO}: ${what}` });
  if (data === null || data === undefined) return { path: '', message: 'the file is empty' };
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') {
    return kind(`it looks like a plain text file, not YAML with ${FIELDS}`);
  }
  if (Array.isArray(data)) return kind(`it holds a list, where a scenario file holds ${FIELDS}`);
  if (typeof data !== 'object') return kind(`it holds no ${FIELDS}`);
  const o = data as Record<string, unknown>;
  // The export's own format name, from src/storage/export-file.ts (which scenario/ may not import).
  if (o.format === 'rapport-export' || ('attempts' in o && 'sessions' in o)) {
    return kind(
      'it looks like a Rapport history export. Import it on the Settings page, under “Your data”, with “Import an export”',
    );
  }
  if (!['id', 'title', 'persona', 'beats', 'start', 'setting'].some((k) => k in o)) {
    // "Notes: ask about the pilot" reads as YAML with one key; a key with spaces is prose.
    if (Object.keys(o).some((k) => /\s/.test(k.trim())))
      return kind(`it looks like a plain text file, not YAML with ${FIELDS}`);
    return kind(`it has none of a scenario's ${FIELDS}`);
  }
  return null;
}

/**
 * Scenario files have no format version yet: `version` is the scenario's own revision. A
 * `schema_version` (or `format_version`) can only come from a newer Rapport, or by mistake.
 */
function unknownFormat(data: unknown): Problem | null {
  const o = data as Record<string, unknown>;
  for (const key of ['schema_version', 'format_version']) {
    if (!(key in o)) continue;
    const v = o[key];
    return {
      path: key,
      message:
        typeof v === 'number' && v > 1
          ? `this file is written for scenario format ${v}, which this version of Rapport does not know. Update Rapport, then import it again`
          : `scenario files have no ${key} in this version of Rapport (the scenario's own revision is “version”); remove it`,
    };
  }
  return null;
}

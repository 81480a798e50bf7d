/* eslint-disable @typescript-eslint/no-explicit-any -- mutating parsed YAML of any shape is the point of these tests */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freeScenarioId, MAX_SCENARIO_BYTES, validateImport, withScenarioId } from './import-scenario';
import { formatScenarioError } from './parse-scenario';
import { parseScenarioText } from './parse-scenario-file';

const base = parse(readFileSync(join(import.meta.dirname, '../../scenarios/networking-industry-event.yaml'), 'utf8'));
const BUILT_IN = new Set(['networking-industry-event']);
const FILE = 'my-scenario.yaml';

/** A valid scenario under a new id, broken by `mutate`, imported as `my-scenario.yaml`. */
function importing(mutate: (doc: any) => void = () => {}, raw?: string): string[] {
  const doc = structuredClone(base);
  doc.id = 'my-scenario';
  mutate(doc);
  const result = validateImport(raw ?? stringify(doc), FILE, BUILT_IN);
  return result.ok ? [] : result.errors.map(formatScenarioError);
}

describe('importing a scenario file', () => {
  it('accepts a valid file', () => {
    expect(importing()).toEqual([]);
  });

  it.each<[string, (doc: any) => void, RegExp]>([
    ['missing fields', (d) => delete d.persona.name, /^my-scenario\.yaml: persona\.name: /],
    [
      'an unknown criterion',
      (d) => (d.beats[0].criteria = ['charm']),
      /^my-scenario\.yaml: beats\[0\]\.criteria\[0\]: /,
    ],
    [
      'a branch to a missing beat',
      (d) => (d.beats[1].branches[0].goto = 'wrap-up'),
      /beats\[1\]\.branches\[0\]\.goto: unknown beat "wrap-up"/,
    ],
    [
      'a cycle with no way out',
      (d) => {
        d.beats[5].branches = [{ goto: 'farewell' }];
        d.beats[6].branches = [{ goto: 'warm-close' }];
      },
      /beats\[5\]: beat "warm-close" can never reach the debrief/,
    ],
    ['duplicate beat ids', (d) => (d.beats[2].id = 'opening'), /beats\[2\]\.id: duplicate beat id "opening"/],
    [
      'a level outside 0-4',
      (d) => (d.beats[0].branches[0].when[0].at_least = 5),
      /beats\[0\]\.branches\[0\]\.when\[0\]\.at_least: /,
    ],
    ['an empty persona line', (d) => (d.beats[3].persona = ''), /beats\[3\]\.persona: must not be empty/],
    ['an unknown key', (d) => (d.beats[0].colour = 'blue'), /beats\[0\]: .*colour/],
    [
      'an unknown check',
      (d) => (d.beats[0].branches[0].when = [{ criterion: 'open_questions', check: 'asks_nicely', met: true }]),
      /beats\[0\]\.branches\[0\]\.when\[0\]\.check: unknown check "asks_nicely"/,
    ],
    [
      'the id of a built-in scenario',
      (d) => (d.id = 'networking-industry-event'),
      /^my-scenario\.yaml: id: .*built-in/,
    ],
    ['a wrong type', (d) => (d.difficulty = 'hard'), /^my-scenario\.yaml: difficulty: /],
  ])('refuses %s, naming the file and the field', (_, mutate, expected) => {
    const errors = importing(mutate);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });

  it('refuses text that is not YAML, with the line and column', () => {
    expect(importing(undefined, 'id: my-scenario\ntitle: x\n  nested: y\n')).toEqual([
      expect.stringMatching(/^my-scenario\.yaml: YAML syntax error at line 2, column 8: /),
    ]);
  });

  it('refuses the id of a built-in scenario, saying an import never replaces one', () => {
    expect(importing((d) => (d.id = 'networking-industry-event'))).toEqual([
      'my-scenario.yaml: id: “networking-industry-event” is the id of a built-in scenario, and an import can never replace a built-in one; give your scenario another id, e.g. “networking-industry-event-mine”',
    ]);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = stringify(base) + `# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`;
    expect(importing(undefined, huge)).toEqual([
      expect.stringMatching(/^my-scenario\.yaml: the file is \d+ KB; a scenario file may be at most 512 KB/),
    ]);
  });

  it('accepts JSON too', () => {
    expect(importing(undefined, JSON.stringify({ ...base, id: 'my-scenario' }))).toEqual([]);
  });
});

/** The formatted errors of importing `text` as `file`. */
function errorsOf(text: string, file: string): string[] {
  const result = validateImport(text, file, BUILT_IN);
  return result.ok ? [] : result.errors.map(formatScenarioError);
}

describe('an import that fails says what the file really is', () => {
  const json = JSON.stringify({ ...base, id: 'my-scenario' }, null, 2);

  it.each([
    [
      'a missing comma',
      json.replace('"my-scenario",', '"my-scenario"'),
      'line 3, column 3: expected “,” or “}” after the value of “id”, found "version"; is a comma missing?',
    ],
    ['a comma after the last item', '{\n  "id": "x",\n}', 'line 3, column 1: there is a comma before “}”'],
    ['single quotes', "{\n  'id': 'x'\n}", "line 2, column 3: expected a property name in double quotes, found “'”"],
    ['an unclosed string', '{\n  "id": "x\n}', 'line 2, column 9: a string is not closed'],
    ['a comment', '{\n  // mine\n  "id": "x"\n}', 'line 2, column 3: JSON does not allow comments'],
    ['a key given twice', '{\n  "id": "x",\n  "id": "y"\n}', 'line 3, column 3: the property “id” appears twice'],
    [
      'a cut-off file',
      '{\n  "id": "x",\n  "title": "y"',
      'line 3, column 15: expected “,” or “}” after the value of “title”, found the end of the file',
    ],
  ])('a .json file with %s: a JSON syntax error with its line and column', (_, text, expected) => {
    const errors = errorsOf(text, 'mine.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('mine.json: JSON syntax error at ');
    expect(errors[0]).toContain(expected);
    expect(errors[0]).not.toMatch(/YAML/);
  });

  it('a .yaml file: a YAML syntax error with its line and column', () => {
    expect(errorsOf('id: my-scenario\nbeats: [one, two\ntitle: x\n', 'mine.yaml')).toEqual([
      expect.stringMatching(/^mine\.yaml: YAML syntax error at line \d+, column \d+: \S/),
    ]);
    expect(errorsOf('id: my-scenario\n\ttitle: x\n', 'mine.yaml')).toEqual([
      'mine.yaml: YAML syntax error at line 2, column 1: Tabs are not allowed as indentation',
    ]);
  });

  it('a web page', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="en"><head><title>scenario.yaml · GitHub</title></head><body></body></html>';
    for (const file of ['coffee.yaml', 'coffee.json', 'coffee.html']) {
      expect(errorsOf(page, file)).toEqual([
        `${file}: this is not a scenario file: it looks like a web page (HTML). Download the scenario file itself, not the page that shows it`,
      ]);
    }
  });

  it('a Rapport history export', () => {
    const exported = JSON.stringify({
      format: 'rapport-export',
      schema_version: 1,
      exported_at: '2026-01-01T00:00:00.000Z',
      attempts: [],
      sessions: [],
      imported_scenarios: [],
    });
    expect(errorsOf(exported, 'rapport-2026-01-01.json')).toEqual([
      'rapport-2026-01-01.json: this is not a scenario file: it looks like a Rapport history export. Import it on the Settings page, under “Your data”, with “Import an export”',
    ]);
  });

  it.each([
    ['plain text', 'Networking practice: ask about the pilot, then follow up', 'yaml'],
    ['a sentence', 'A scenario where I meet Priya at a conference.', 'yaml'],
    ['a bare number', '42', 'yaml'],
    ['a JSON string', '"my-scenario"', 'json'],
  ])('%s: looks like a plain text file', (_, text, ext) => {
    const errors = errorsOf(text, `notes.${ext}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^notes\.(yaml|json): this is not a scenario file: it looks like a plain text file\b/);
  });

  it('a list, an empty file, and fields that are not a scenario', () => {
    expect(errorsOf('- just\n- a list\n', 'list.yaml')).toEqual([
      'list.yaml: this is not a scenario file: it holds a list, where a scenario file holds fields such as id, title, persona and beats',
    ]);
    expect(errorsOf('  \n', 'empty.yaml')).toEqual(['empty.yaml: the file is empty']);
    expect(errorsOf('{"name": "my-app", "scripts": {}}', 'package.json')).toEqual([
      "package.json: this is not a scenario file: it has none of a scenario's fields such as id, title, persona and beats",
    ]);
  });

  it('a scenario format newer than this app knows, or a version it does not know', () => {
    expect(importing((d) => (d.schema_version = 3))).toEqual([
      'my-scenario.yaml: schema_version: this file is written for scenario format 3, which this version of Rapport does not know. Update Rapport, then import it again',
    ]);
    expect(importing((d) => (d.version = '2.1.0'))).toEqual([
      'my-scenario.yaml: version: text “2.1.0” is not a version Rapport knows: “version” is a whole number from 1, raised each time the beats change',
    ]);
    expect(importing((d) => (d.version = 0))).toEqual([
      expect.stringContaining('version: the number 0 is not a version'),
    ]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(errorsOf(`\uFEFF${json}`, 'mine.json')).toEqual([]);
    expect(errorsOf(`\uFEFF${stringify({ ...base, id: 'my-scenario' })}`, 'mine.yaml')).toEqual([]);
  });

  it('reads a stored JSON import as JSON again', () => {
    // The storage labels a stored file "coffee.json (imported)"; a key given twice is refused there too.
    const twice = json.replace(/"version": (\d+),/, '"version": $1,\n  "version": 99,');
    expect(twice).not.toBe(json);
    const result = parseScenarioText(twice, 'coffee.json (imported)');
    expect(result.ok ? [] : result.errors.map(formatScenarioError)).toEqual([
      expect.stringContaining(
        'coffee.json (imported): JSON syntax error at line 4, column 3: the property “version” appears twice',
      ),
    ]);
  });
});

describe('keeping a second copy under a new id', () => {
  it('picks the first free <id>-N', () => {
    expect(freeScenarioId('coffee', new Set())).toBe('coffee-2');
    expect(freeScenarioId('coffee', new Set(['coffee-2', 'coffee-3']))).toBe('coffee-4');
  });

  it('changes only the id in a YAML file, comments and layout kept', () => {
    const text = readFileSync(join(import.meta.dirname, '../../scenarios/networking-industry-event.yaml'), 'utf8');
    const changed = withScenarioId(text, 'networking-industry-event-2');
    expect(changed).toBe(text.replace('id: networking-industry-event\n', 'id: networking-industry-event-2\n'));
  });

  it('changes only the id in a JSON file, quoted as JSON', () => {
    const text = JSON.stringify({ ...base, id: 'my-scenario' }, null, 2);
    const changed = withScenarioId(text, 'my-scenario-2');
    expect(changed).toBe(text.replace('"id": "my-scenario"', '"id": "my-scenario-2"'));
    expect(JSON.parse(changed).id).toBe('my-scenario-2');
    expect(validateImport(changed, 'mine.json', BUILT_IN)).toMatchObject({
      ok: true,
      scenario: { id: 'my-scenario-2' },
    });
  });
});

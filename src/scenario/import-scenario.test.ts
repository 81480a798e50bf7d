/* eslint-disable @typescript-eslint/no-explicit-any -- mutating parsed YAML of any shape is the point of these tests */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MAX_SCENARIO_BYTES, validateImport } from './import-scenario';
import { formatScenarioError } from './parse-scenario';

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

  it('refuses text that is not YAML', () => {
    expect(importing(undefined, 'title: [unclosed\n  - : :')).toEqual([
      expect.stringMatching(/^my-scenario\.yaml: not valid YAML/),
    ]);
  });

  it('refuses a YAML file that is not a scenario at all', () => {
    expect(importing(undefined, '- just\n- a list')[0]).toMatch(/^my-scenario\.yaml: /);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatScenarioError } from './parse-scenario';
import { parseScenarioText } from './parse-scenario-file';

const FILE = 'scenarios/networking-industry-event.yaml';
const good = readFileSync(join(import.meta.dirname, '../..', FILE), 'utf8');

/** Parses a copy of a real scenario after `mutate` has broken it, and returns the formatted errors. */
function errorsAfter(mutate: (doc: Record<string, unknown> & { beats: Record<string, unknown>[] }) => void): string[] {
  const result = parseScenarioText(good, FILE);
  if (!result.ok) throw new Error('fixture is broken');
  const doc = structuredClone(result.scenario) as unknown as Record<string, unknown> & {
    beats: Record<string, unknown>[];
  };
  mutate(doc);
  const again = parseScenarioText(stringify(doc), FILE);
  return again.ok ? [] : again.errors.map(formatScenarioError);
}

describe('scenario file errors name the file and the field', () => {
  it('not YAML, with the line and column', () => {
    const r = parseScenarioText('id: x\ntitle: [unclosed\n', FILE);
    expect(r.ok ? [] : r.errors.map(formatScenarioError)).toEqual([
      expect.stringMatching(/^scenarios\/networking-industry-event\.yaml: YAML syntax error at line 3, column 1: /),
    ]);
  });

  it('a missing field', () => {
    expect(errorsAfter((d) => delete d.goal)).toEqual([`${FILE}: goal: this required field is missing`]);
  });

  it('a wrong type, saying what was found', () => {
    expect(errorsAfter((d) => (d.difficulty = 'hard'))).toEqual([
      `${FILE}: difficulty: expected a number, found text “hard”`,
    ]);
  });

  it('a value outside a list of options', () => {
    expect(errorsAfter((d) => (d.category = 'chatting'))[0]).toMatch(
      /^scenarios\/.*: category: must be one of networking, giving-feedback, .*; found text “chatting”$/,
    );
  });

  it('a branch to a missing beat', () => {
    const errors = errorsAfter((d) => {
      (d.beats[0]!.branches as { goto: string }[])[0]!.goto = 'wrap-up';
    });
    expect(errors).toContain(`${FILE}: beats[0].branches[0].goto: unknown beat "wrap-up"`);
  });

  it('an unknown criterion', () => {
    const errors = errorsAfter((d) => {
      d.beats[1]!.criteria = ['charisma'];
    });
    expect(errors[0]).toMatch(/^scenarios\/.*: beats\[1\]\.criteria\[0\]: /);
  });

  it('a level outside 0-4', () => {
    const errors = errorsAfter((d) => {
      (d.beats[0]!.branches as { when?: { at_least: number }[] }[])[0]!.when![0]!.at_least = 7;
    });
    expect(errors[0]).toMatch(/beats\[0\]\.branches\[0\]\.when\[0\]\.at_least: /);
  });

  it('an empty persona line', () => {
    expect(errorsAfter((d) => (d.beats[2]!.persona = '   '))).toEqual([`${FILE}: beats[2].persona: must not be empty`]);
  });

  it('duplicate beat ids', () => {
    const errors = errorsAfter((d) => (d.beats[1]!.id = d.beats[0]!.id));
    expect(errors.some((e) => e.includes('beats[1].id: duplicate beat id "opening"'))).toBe(true);
  });

  it('an unknown key', () => {
    expect(errorsAfter((d) => (d.mood = 'sunny'))).toEqual([
      `${FILE}: unknown field “mood”: check the spelling (this version of Rapport does not know it)`,
    ]);
  });

  it('a loop with no way out', () => {
    const errors = errorsAfter((d) => {
      d.beats[0]!.branches = [{ goto: 'opening' }];
    });
    expect(errors.some((e) => e.includes('beats[0]: beat "opening" can never reach the debrief'))).toBe(true);
  });

  it('an id that does not match the file name', () => {
    expect(errorsAfter((d) => (d.id = 'something-else'))).toEqual([
      `${FILE}: id: must match the file name ("networking-industry-event")`,
    ]);
  });
});

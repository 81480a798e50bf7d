/**
 * What a scenario author reads when a file is wrong: each kind of mistake in plain words, with the
 * field's path and what was found there, and the file name check that keeps ids unique.
 */
import { describe, expect, it } from 'vitest';
import { aScenario } from '../test/builders';
import { formatPath, formatScenarioError, parseScenarioData, ScenarioFileError } from './parse-scenario';

const FILE = 'scenarios/test-scenario.yaml';
const valid = () => structuredClone(aScenario()) as Record<string, unknown>;
const messages = (data: unknown, file = FILE) => {
  const result = parseScenarioData(data, file);
  return result.ok ? [] : result.errors.map(formatScenarioError);
};
const VERSION_HELP = '“version” is a whole number from 1, raised each time the beats change';

describe('scenario paths and error text', () => {
  it('writes a path the way an author would look it up', () => {
    expect(formatPath(['beats', 2, 'branches', 0, 'goto'])).toBe('beats[2].branches[0].goto');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['persona'])).toBe('persona');
    expect(formatPath([])).toBe('');
  });

  it('names the file, then the field when there is one', () => {
    expect(formatScenarioError({ file: 'a.yaml', path: 'goal', message: 'missing' })).toBe('a.yaml: goal: missing');
    expect(formatScenarioError({ file: 'a.yaml', path: '', message: 'empty' })).toBe('a.yaml: empty');
  });

  it('throws every error of a file at once, one per line', () => {
    const errors = [
      { file: 'a.yaml', path: 'goal', message: 'missing' },
      { file: 'a.yaml', path: '', message: 'odd' },
    ];
    const err = new ScenarioFileError(errors);
    expect(err.message).toBe('a.yaml: goal: missing\na.yaml: odd');
    expect(err.name).toBe('ScenarioFileError');
    expect(err.errors).toBe(errors);
  });
});

describe('what was found, in words', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['text for a version', { version: 'two' }, `version: text “two” is not a version Rapport knows: ${VERSION_HELP}`],
    ['a version of 0', { version: 0 }, `version: the number 0 is not a version Rapport knows: ${VERSION_HELP}`],
    ['no version', { version: undefined }, 'version: this required field is missing'],
    ['a fraction for minutes', { minutes: 2.5 }, 'minutes: expected a whole number, found the number 2.5'],
    ['true for a number', { difficulty: true }, 'difficulty: expected a number, found true'],
    ['a number for text', { title: 42 }, 'title: expected text, found the number 42'],
    ['a list for text', { goal: ['a'] }, 'goal: expected text, found a list'],
    ['long text for a list', { skills: 'x'.repeat(50) }, `skills: expected a list, found text “${'x'.repeat(40)}…”`],
    ['short text for a list', { skills: 'x'.repeat(40) }, `skills: expected a list, found text “${'x'.repeat(40)}”`],
    ['a list for a group', { persona: [] }, 'persona: expected a group of fields, found a list'],
    ['an empty value for a group', { persona: null }, 'persona: expected a group of fields, found an empty value'],
    ['text for a group', { debrief: 'tips' }, 'debrief: expected a group of fields, found text “tips”'],
    ['a group for a list', { skills: { a: 1 } }, 'skills: expected a list, found a group of fields'],
    ['false for text', { summary: false }, 'summary: expected text, found false'],
  ])('%s', (_, change, expected) => {
    expect(messages({ ...valid(), ...change })).toEqual([`${FILE}: ${expected}`]);
  });

  it('one unknown field and several, in the singular and the plural', () => {
    expect(messages({ ...valid(), mood: 1 })).toEqual([
      `${FILE}: unknown field “mood”: check the spelling (this version of Rapport does not know it)`,
    ]);
    expect(messages({ ...valid(), mood: 1, colour: 2 })).toEqual([
      `${FILE}: unknown fields “mood”, “colour”: check the spelling (this version of Rapport does not know them)`,
    ]);
  });

  it('a missing choice lists the options without claiming something was found', () => {
    const [error] = messages({ ...valid(), category: undefined });
    expect(error).toMatch(/^scenarios\/test-scenario\.yaml: category: must be one of networking, giving-feedback, /);
    expect(error).toMatch(/, asking-for-help$/);
  });

  it('a wrong choice says what was found', () => {
    expect(messages({ ...valid(), category: 'chatting' })[0]).toMatch(/asking-for-help; found text “chatting”$/);
  });

  it('keeps the schema’s own words for other mistakes', () => {
    expect(messages({ ...valid(), beats: [] })[0]).toBe(`${FILE}: beats: a scenario needs at least three beats`);
  });

  it('a file that is not a group of fields at all', () => {
    expect(messages('hello')).toEqual([`${FILE}: expected a group of fields, found text “hello”`]);
    expect(messages(null)).toEqual([`${FILE}: expected a group of fields, found an empty value`]);
  });

  it('each broken item of a list, at its own index', () => {
    expect(messages({ ...valid(), beats: ['x', null, 3] })).toEqual([
      `${FILE}: beats[0]: expected a group of fields, found text “x”`,
      `${FILE}: beats[1]: expected a group of fields, found an empty value`,
      `${FILE}: beats[2]: expected a group of fields, found the number 3`,
    ]);
  });
});

describe('the file name', () => {
  it('must be the id, for .yaml and .yml files in any folder', () => {
    expect(parseScenarioData(valid(), 'test-scenario.yml').ok).toBe(true);
    expect(parseScenarioData(valid(), 'a/b/test-scenario.yaml').ok).toBe(true);
    expect(messages(valid(), 'a/b/other.yml')).toEqual(['a/b/other.yml: id: must match the file name ("other")']);
    // Only the last extension is taken off.
    expect(messages(valid(), 'test-scenario.yml.yaml')).toEqual([
      'test-scenario.yml.yaml: id: must match the file name ("test-scenario.yml")',
    ]);
  });

  it('is not checked for a name that is not a YAML file (a JSON import, a label)', () => {
    const result = parseScenarioData(valid(), 'pasted (imported)');
    expect(result.ok && result.scenario.id).toBe('test-scenario');
    expect(parseScenarioData(valid(), 'other.json').ok).toBe(true);
    expect(parseScenarioData(valid(), 'other.yaml (imported)').ok).toBe(true);
  });
});

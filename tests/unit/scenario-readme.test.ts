/** The scenario README's field tables name exactly the fields the schema has, so authors are not misled. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Beat, ScenarioSchema } from '../../src/scenario/scenario.schema';

const readme = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');

/** Each row of the markdown table that follows `heading`: its first cell's field names and its meaning. */
function tableAfter(heading: string): { fields: string[]; meaning: string }[] {
  const start = readme.indexOf(heading);
  expect(start, `"${heading}" in scenarios/README.md`).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table = lines.slice(first).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return table.slice(2).map((row) => {
    const [, field = '', meaning = ''] = row.split('|');
    return { fields: [...field.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), meaning };
  });
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('scenarios/README.md', () => {
  const scenario = tableAfter('## The fields');
  const beat = tableAfter('A **beat** is one moment');

  it('lists every scenario field of the schema, and no other', () => {
    expect(sorted(scenario.flatMap((r) => r.fields.map((f) => f.split('.')[0]!)))).toEqual(
      sorted(Object.keys(ScenarioSchema.shape)),
    );
  });

  it('names every field of the persona and of the debrief', () => {
    const persona = scenario.find((r) => r.fields.includes('persona'))!;
    expect(sorted([...persona.meaning.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))).toEqual(
      sorted(Object.keys(ScenarioSchema.shape.persona.shape)),
    );
    const debrief = scenario.flatMap((r) => r.fields).filter((f) => f.startsWith('debrief.'));
    expect(sorted(debrief.map((f) => f.slice('debrief.'.length)))).toEqual(
      sorted(Object.keys(ScenarioSchema.shape.debrief.shape)),
    );
  });

  it('lists every beat field of the schema, and no other', () => {
    expect(sorted(beat.flatMap((r) => r.fields))).toEqual(sorted(Object.keys(Beat.shape)));
  });
});

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { aScenario } from '../test/builders';
import { createPracticeSessionMachine, personaLine } from './practice-session.machine';
import { scriptedLine } from './scenario.schema';
import { builtInLibrary } from './scenario-library';

const beat = {
  id: 'opening',
  persona: 'Hi, you wanted a word?',
  variants: ['Oh, hello. You wanted me?', 'Hey. What is it?'],
};

describe('persona variety', () => {
  it('picks the same wording for the same seed, every time', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 4294967295]) expect(scriptedLine(beat, seed)).toBe(scriptedLine(beat, seed));
  });

  it('uses every wording across conversations, each often', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 3000; seed++) {
      const line = scriptedLine(beat, seed * 2654435761);
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([beat.persona, ...beat.variants].sort());
    for (const n of counts.values()) expect(n).toBeGreaterThan(700);
  });

  it('varies each beat on its own, not all in step', () => {
    const other = { ...beat, id: 'follow-up' };
    const differ = Array.from({ length: 200 }, (_, seed) => scriptedLine(beat, seed) !== scriptedLine(other, seed));
    expect(differ.filter(Boolean).length).toBeGreaterThan(60);
  });

  it('keeps the authored line for a beat without variants, and for sessions saved without a seed', () => {
    expect(scriptedLine({ id: 'x', persona: 'Only this.' }, 7)).toBe('Only this.');
    expect(scriptedLine(beat, undefined)).toBe(beat.persona);
  });

  it('resumes a conversation with the wording it started with', () => {
    const scenario = aScenario();
    const withVariants = {
      ...scenario,
      beats: scenario.beats.map((b) => ({ ...b, variants: [`${b.persona} (second)`, `${b.persona} (third)`] })),
    };
    const machine = createPracticeSessionMachine(withVariants);
    const first = createActor(machine, { input: { sessionId: 's', startedAt: '', seed: 12345 } }).start();
    first.send({ type: 'user.start' });
    const line = personaLine(first.getSnapshot().context, withVariants.beats[0]!);
    const resumed = createActor(machine, {
      snapshot: first.getPersistedSnapshot(),
      input: { sessionId: 'x', startedAt: '' },
    }).start();
    expect(personaLine(resumed.getSnapshot().context, withVariants.beats[0]!)).toBe(line);
    expect(resumed.getSnapshot().context.seed).toBe(12345);
  });

  it('reaches every wording of every beat of the library, none empty or repeated', () => {
    for (const scenario of builtInLibrary.scenarios)
      for (const b of scenario.beats) {
        const lines = [b.persona, ...(b.variants ?? [])];
        expect(new Set(lines).size, `${scenario.id}/${b.id}`).toBe(lines.length);
        const heard = new Set(Array.from({ length: 400 }, (_, seed) => scriptedLine(b, seed * 7919)));
        expect(heard.size, `${scenario.id}/${b.id}`).toBe(lines.length);
      }
  });
});

import { describe, expect, it } from 'vitest';
import { aScenario } from '../test/builders';
import { themeStages, type ReplyLevels } from './path';

const net = (id: string, difficulty: number) =>
  aScenario({ id, category: 'networking', difficulty, skills: ['networking', 'active_listening'] });
const lib = [
  net('net-1', 1),
  net('net-2', 2),
  net('net-3', 3),
  aScenario({ id: 'fb-1', category: 'giving-feedback', difficulty: 1, skills: ['specific_feedback'] }),
];

let clock = 0;
/** One conversation of two replies with the same levels. */
const conversation = (scenarioId: string, networking: number, listening = networking): ReplyLevels[] => {
  const sessionId = `s${++clock}`;
  return [0, 1].map((i) => ({
    sessionId,
    scenarioId,
    createdAt: new Date(Date.UTC(2026, 10, 1, 0, clock, i)).toISOString(),
    levels: { networking, active_listening: listening, clarity: 4 },
  }));
};

describe('the path from gentle to demanding', () => {
  it('starts every theme gentle', () => {
    expect(themeStages(lib, []).size).toBe(0);
  });

  it('moves up a step after a conversation at the learner’s stage that went well, up to demanding', () => {
    const history = [...conversation('net-1', 3), ...conversation('net-2', 4), ...conversation('net-3', 3)];
    expect(themeStages(lib, history.slice(0, 2)).get('networking')).toBe(2);
    expect(themeStages(lib, history.slice(0, 4)).get('networking')).toBe(3);
    expect(themeStages(lib, history).get('networking')).toBe(3);
  });

  it('does not move up for a gentle conversation done well by someone already past it', () => {
    const history = [...conversation('net-1', 4), ...conversation('net-1', 4), ...conversation('net-1', 4)];
    expect(themeStages(lib, history).get('networking')).toBe(2);
  });

  it('steps back after a conversation that went poorly, never below gentle', () => {
    const history = [...conversation('net-1', 3), ...conversation('net-2', 1), ...conversation('net-1', 0)];
    expect(themeStages(lib, history.slice(0, 4)).get('networking')).toBe(1);
    expect(themeStages(lib, history).get('networking')).toBe(1);
  });

  it('judges a conversation on its scenario’s own skills, theme by theme', () => {
    // Clarity at 4 everywhere does not lift a networking conversation whose own skills were weak.
    const feedback: ReplyLevels = {
      sessionId: 'fb',
      scenarioId: 'fb-1',
      createdAt: '2026-11-02T00:00:00.000Z',
      levels: { specific_feedback: 3, networking: 0 },
    };
    const history = [...conversation('net-1', 1, 2), feedback];
    expect(themeStages(lib, history).get('networking')).toBe(1);
    expect(themeStages(lib, history).get('giving-feedback')).toBe(2);
  });
});

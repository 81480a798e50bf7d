import { describe, expect, it } from 'vitest';
import { aScenario } from '../../test/builders';
import { dayKey } from './days';
import { currentStreak } from './streak';
import { todaysScenario } from './todays-scenario';

const library = ['a', 'b', 'c'].map((id) => aScenario({ id }));

describe("today's scenario", () => {
  it('is the same all day and different tomorrow', () => {
    const monday = todaysScenario(library, '2026-11-30');
    expect(todaysScenario(library, '2026-11-30')?.id).toBe(monday?.id);
    expect(todaysScenario(library, '2026-12-01')?.id).not.toBe(monday?.id);
  });

  it('does not depend on the order the library was loaded in', () => {
    expect(todaysScenario([...library].reverse(), '2026-11-30')?.id).toBe(todaysScenario(library, '2026-11-30')?.id);
  });

  it('is undefined for an empty library', () => {
    expect(todaysScenario([], '2026-11-30')).toBeUndefined();
  });
});

describe('streak', () => {
  it('counts consecutive days ending today', () => {
    expect(currentStreak(['2026-11-25', '2026-11-26', '2026-11-27'], '2026-11-27')).toEqual({
      days: 3,
      practisedToday: true,
    });
  });

  it('stays alive through today when the learner practised yesterday', () => {
    expect(currentStreak(['2026-11-25', '2026-11-26'], '2026-11-27')).toEqual({ days: 2, practisedToday: false });
  });

  it('breaks after a whole day without practice', () => {
    expect(currentStreak(['2026-11-24', '2026-11-25'], '2026-11-27').days).toBe(0);
  });

  it('crosses month and year ends', () => {
    expect(currentStreak(['2026-12-31', '2027-01-01'], '2027-01-01').days).toBe(2);
  });

  it('uses the local calendar day', () => {
    expect(dayKey(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});

import { describe, expect, it } from 'vitest';
import { loadTodayPin, saveTodayPin } from './daily-choice';

describe("today's pin", () => {
  it('keeps the day’s choice, with its skips, for that day only', () => {
    saveTodayPin({ day: '2026-11-30', scenarioId: 'giving-feedback', skips: 2 });
    expect(loadTodayPin('2026-11-30')).toEqual({ day: '2026-11-30', scenarioId: 'giving-feedback', skips: 2 });
    expect(loadTodayPin('2026-12-01')).toBeNull();
  });

  it('reads a damaged or partial pin as no pin, and a missing skip count as none', () => {
    localStorage.setItem('rapport.today', '{not json');
    expect(loadTodayPin('2026-11-30')).toBeNull();
    localStorage.setItem('rapport.today', JSON.stringify({ day: '2026-11-30', scenarioId: 7 }));
    expect(loadTodayPin('2026-11-30')).toBeNull();
    localStorage.setItem('rapport.today', JSON.stringify({ day: '2026-11-30', scenarioId: 'x', skips: 'lots' }));
    expect(loadTodayPin('2026-11-30')).toEqual({ day: '2026-11-30', scenarioId: 'x', skips: 0 });
  });
});

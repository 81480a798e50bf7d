import { describe, expect, it } from 'vitest';
import { overallScore } from './overall-score';

describe('overallScore', () => {
  it('is the weighted mean of the levels on 0-100', () => {
    expect(overallScore([{ id: 'clarity', level: 4 }])).toBe(100);
    expect(
      overallScore(
        [
          { id: 'clarity', level: 4 },
          { id: 'open_questions', level: 0 },
        ],
        { clarity: 3 },
      ),
    ).toBe(75);
  });

  it('is 0, never NaN, with nothing to weigh', () => {
    expect(overallScore([])).toBe(0);
    expect(overallScore([{ id: 'clarity', level: 3 }], { clarity: 0 })).toBe(0);
  });
});

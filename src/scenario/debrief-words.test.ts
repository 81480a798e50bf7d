import { describe, expect, it } from 'vitest';
import { debriefWords } from './debrief-words';

describe('a finished conversation in words', () => {
  const base = {
    outcome: 'mixed' as const,
    success: 'Daniel knows what the late list affected.',
    listening: 63,
    means: [{ id: 'active_listening' as const, mean: 2.2 }],
  };

  it('gives numbers beside the words, and what success looked like', () => {
    expect(debriefWords({ ...base, lowPressure: false })).toEqual({
      outcome: {
        tone: 'mixed',
        label: 'A mixed outcome',
        detail: 'Success looked like this: Daniel knows what the late list affected.',
      },
      listening: 'Listening across the conversation: 63/100.',
      levels: [{ name: 'Active listening', level: 'Developing · 2.2/4' }],
    });
  });

  it('gives words only in low-pressure mode, and leaves out what it does not know', () => {
    const words = debriefWords({ ...base, success: undefined, listening: null, lowPressure: true });
    expect(words.outcome).toEqual({ tone: 'mixed', label: 'A mixed outcome' });
    expect(words.listening).toBeUndefined();
    expect(JSON.stringify(words)).not.toMatch(/\d/);
  });
});

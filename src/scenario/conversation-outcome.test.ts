import { describe, expect, it } from 'vitest';
import { conversationOutcome, outcomeFromScores } from './conversation-outcome';

describe('how a conversation ended', () => {
  it('follows the replies: a poor conversation does not end mixed', () => {
    expect(conversationOutcome('mixed', [28, 30, 25])).toBe('poor');
    expect(conversationOutcome('mixed', [38, 40])).toBe('poor');
    expect(conversationOutcome('good', [60, 55])).toBe('mixed');
  });

  it('never rises above the ending the script reached', () => {
    expect(conversationOutcome('poor', [95, 90])).toBe('poor');
    expect(conversationOutcome('mixed', [90])).toBe('mixed');
    expect(conversationOutcome('good', [80, 75])).toBe('good');
  });

  it('uses the scores alone when the script names no ending, and nothing when there is nothing', () => {
    expect(conversationOutcome(undefined, [72])).toBe('good');
    expect(outcomeFromScores([50])).toBe('mixed');
    expect(outcomeFromScores([49])).toBe('poor');
    // Emerging on everything but clarity (the "you're always late" conversation): poor, not mixed.
    expect(outcomeFromScores([44, 44, 44, 44, 50])).toBe('poor');
    expect(conversationOutcome(undefined, [])).toBeUndefined();
  });
});

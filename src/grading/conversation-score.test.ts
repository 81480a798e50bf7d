import { describe, expect, it } from 'vitest';
import { conversationListeningScore, type ListeningFacts } from './conversation-score';

const reply = (over: Partial<ListeningFacts>): ListeningFacts => ({
  question: 'none',
  reflection: false,
  advice: false,
  monologue: false,
  ...over,
});

describe('conversation listening score', () => {
  it('rises with reflections and open questions and falls with telling', () => {
    const listening = conversationListeningScore([
      reply({ reflection: true }),
      reply({ question: 'open' }),
      reply({ reflection: true, question: 'open' }),
    ]);
    const neutral = conversationListeningScore([reply({}), reply({}), reply({})]);
    const telling = conversationListeningScore([
      reply({ advice: true }),
      reply({ monologue: true }),
      reply({ advice: true }),
    ]);
    expect(listening).toBeGreaterThan(neutral);
    expect(neutral).toBeGreaterThan(telling);
    expect(telling).toBe(0);
  });

  it('stays within 0-100 and is 0 for no replies', () => {
    expect(conversationListeningScore([])).toBe(0);
    expect(conversationListeningScore([reply({ reflection: true, question: 'open' })])).toBe(100);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from './text';
import { partnerTopic } from './suggest';

describe('the partner topic an example reply picks up', () => {
  it('takes the latest substantive noun phrase, seen from the learner side', () => {
    expect(partnerTopic(analyse('Last week we finally shipped our pilot.')).topic).toBe('your pilot');
  });

  it('skips the noun of a fixed phrase', () => {
    const t = partnerTopic(analyse("I'm wrestling with December's rota. Third evening in a row."));
    expect(t.topic).not.toMatch(/row/);
    // "Third evening" says when, not what: the rota is the topic.
    expect(t.topic).toBe('the rota');
  });

  it('lower-cases a common noun that is capitalised only because it opens the sentence', () => {
    expect(partnerTopic(analyse('We moved offices. Deadlines keep slipping.')).topic).toBe(
      'the Deadlines'.toLowerCase(),
    );
    expect(partnerTopic(analyse('I met Eleri. Kwame asked me.')).topic).not.toMatch(/^the /);
  });

  it('names a feeling the partner used', () => {
    expect(partnerTopic(analyse('Honestly I feel stuck with the migration.')).feeling).toBe('stuck');
  });
});

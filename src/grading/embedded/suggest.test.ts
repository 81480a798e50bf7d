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
  });

  it('names a feeling the partner used', () => {
    expect(partnerTopic(analyse('Honestly I feel stuck with the migration.')).feeling).toBe('stuck');
  });
});

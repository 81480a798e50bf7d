import { describe, expect, it } from 'vitest';
import { analyse } from './text';
import { RUBRIC } from '../rubric';
import { adviceFor, partnerTopic } from './suggest';

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

  it('gives no made-up reflection when they only asked the learner something', () => {
    const asked = partnerTopic(analyse("Come in. I've pushed my next call. What's going on?"));
    expect(adviceFor('active_listening', 'reflects', asked).example).toBeUndefined();
    // Only a reflection was missing: answering is right, so the advice does not ask for an acknowledgement.
    expect(adviceFor('active_listening', 'reflects', asked).text).toMatch(/answering plainly is right/);
    expect(adviceFor('active_listening', 'acknowledges', asked).text).toMatch(/took in what they said/);
    const told = partnerTopic(analyse("I've pushed my next call. Honestly I'm exhausted by the rota."));
    expect(adviceFor('active_listening', 'reflects', told).example).toMatch(/exhausted/);
  });
});

describe('examples only where the topic is a sensible object', () => {
  it("never takes the learner's own things or a question word as the partner's topic", () => {
    expect(partnerTopic(analyse("Right, done. What's up? You've got your serious face on.")).topic).toBeNull();
    expect(partnerTopic(analyse('At what stage did it go wrong?')).topic ?? '').not.toMatch(/what/i);
  });
});

describe('every check has its advice', () => {
  it('so the weakest check, whichever it is, gives a suggestion and never "keep doing what worked"', () => {
    const topic = partnerTopic(analyse('We moved the launch to March.'));
    const missing = Object.values(RUBRIC).flatMap((c) =>
      c.checks
        .filter((k) => k.id !== 'has_content')
        .flatMap((k) =>
          adviceFor(c.id, k.id, topic).text === 'Keep doing what worked here.' ? [`${c.id}/${k.id}`] : [],
        ),
    );
    expect(missing).toEqual([]);
  });
});

describe('accountability examples', () => {
  it('put no topic of theirs into the learner’s admission: their line is rarely about the mistake', () => {
    const topic = partnerTopic(analyse("Is it about Thursday's delivery? We're fine for sourdough."));
    for (const check of ['owns_with_i', 'repair_plan']) {
      const advice = adviceFor('accountability', check, topic);
      expect(advice.example).toBeDefined();
      expect(advice.example).not.toMatch(/sourdough|delivery/i);
      expect(advice.grounding).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../text';
import { detectQuestions, stackedQuestions } from './questions';

const kinds = (text: string) => detectQuestions(analyse(text)).map((q) => q.kind);

describe('question detector', () => {
  it.each([
    ['What made you move into data?', 'open'],
    ['How did the night shift react?', 'open'],
    ['Why was that the hard part?', 'open'],
    ['So, what happened next?', 'open'],
    ["I'm curious, what changed their minds?", 'open'],
    ['Tell me about the pilot.', 'open'],
    ['Walk me through how you rolled it out.', 'open'],
    ['Do you like Rotterdam?', 'closed'],
    ['Is the model accurate?', 'closed'],
    ['Have you tried a different vendor?', 'closed'],
    ['How many sites use it?', 'closed'],
    ['How long did it take?', 'closed'],
    ['Where are you based?', 'closed'],
    ['It went well, right?', 'closed'],
    ['Do you want the report today or tomorrow?', 'closed'],
    ['Why nine rather than a six or a seven?', 'open'],
    ['You travelled in this morning?', 'closed'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('finds no question in statements', () => {
    expect(kinds('That sounds like a lot of work. I run a warehouse team.')).toEqual([]);
  });

  it('flags leading questions', () => {
    const [q] = detectQuestions(analyse("Don't you think the vendor should have trained them?"));
    expect(q?.leading).toBe(true);
  });

  it('finds stacked questions: three or more in a row', () => {
    const a = analyse('How was it? Did it work? Was it expensive? Great.');
    expect(stackedQuestions(a, detectQuestions(a))[0]).toHaveLength(3);
    const b = analyse('How was it? Did it work? Great.');
    expect(stackedQuestions(b, detectQuestions(b))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../text';
import { detectQuestions, stackedQuestions } from './questions';

const kinds = (text: string) => detectQuestions(analyse(text)).map((q) => q.kind);

it("a wish about the speaker's own interest is not a question: 'I'd love to hear more about the open roles'", () => {
  expect(kinds("I'd love to hear more about the open roles.")).toEqual([]);
  expect(kinds("I'm curious about the open roles, could we talk on Thursday?")).toEqual(['closed']);
});

describe('question detector', () => {
  it.each([
    ['What made you move into data?', 'open'],
    ['How did the night shift react?', 'open'],
    ['Why was that the hard part?', 'open'],
    ['So, what happened next?', 'open'],
    ["I'm curious, what changed their minds?", 'open'],
    ['Tell me about the pilot.', 'open'],
    // A wish invites them when it is about them, or asks what, how or why.
    ["I'd love to hear how you handled the backlog.", 'open'],
    ["I'd love to hear more about your pilot.", 'open'],
    ["You barely got to your pilot. I'd like to hear it.", 'open'],
    ["After three days next to your booth, I'm curious.", 'open'],
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
    // A false start repaired by the next word.
    ["And what's- what sorts of tools have you tried?", 'open'],
    ["What's-how have you been feeling this month?", 'open'],
    // Asks for a judgement, not a fact.
    ['Where would you like to start?', 'open'],
    ['Who could help you reach this goal?', 'open'],
    // A ruler question asks for a number.
    ['On a scale of 1 to 10, how confident are you that you can do it?', 'closed'],
    ['Uh, what else can you tell me about the launch.', 'open'],
    ['How about the night shift?', 'open'],
    ['Really?', 'closed'],
    // Inversion marks a question even where a chat message drops the question mark.
    ['Is there a way to talk with him in person', 'closed'],
    ['When did this happen', 'closed'],
    ['What would you say if you were in her place', 'open'],
    ["If you gave him an ultimatum what do you think he'd say?", 'open'],
    ['Sorry to hear that do you have anyone to talk to?', 'closed'],
    ["Hi how's it going?", 'open'],
    ['It definitely is... whats going on with you?', 'open'],
    ['Are these classes mandatory for your degree', 'closed'],
    ['Care to share what led up to it?', 'open'],
    ["I'm sorry to hear that, care to talk about it?", 'open'],
    // Asking leave to advise is a question; advice in a question's clothes is advice.
    ['Can I suggest something?', 'closed'],
    // The wh-word left in place, or a question the asker reports, still asks openly.
    ['And the hardest part of the week was what?', 'open'],
    ['I wanted to ask you how you feel about the move?', 'open'],
    // After a lead-in clause, inversion marks the question even without a question mark.
    ['If you think about the launch, how confident are you that it will ship', 'open'],
    // A wh-word that asks for one fact.
    ['What time do you usually leave the office?', 'closed'],
    ["What's your date of birth?", 'closed'],
    // …but "what part" asks them to pick and explain.
    ['What part of it is giving you the most trouble?', 'open'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('finds no question in statements', () => {
    expect(kinds('That sounds like a lot of work. I run a warehouse team.')).toEqual([]);
  });

  it.each([
    "What I'm hearing is that the rollout was rushed.",
    'What we know is that small changes add up.',
    'I wonder if the deadline is part of this.',
    'He keeps asking me, "why is it a problem?"',
    "Let's talk about the budget.",
    "What's happening here is that the budget moved.",
    'Should you need anything, call me.',
    'Do any work you can get for now.',
    'Do the dishes first and then rest',
    'Yeah, it went well. Okay?',
  ])('finds no question in the statement %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('keeps a question that only ends in a quotation', () => {
    expect(kinds('What would make you say, "this is not for me?"')).toEqual(['open']);
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

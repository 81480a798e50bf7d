/** Question words a detector cannot read from grammar alone: elicitations and leading questions. */
import { rule } from './rule';

/** "Tell me about…", "walk me through…", "I'm curious…": asking to hear more, with or without a question mark. */
export const elicitation = rule({
  id: 'questions.elicitation',
  check: 'open_questions/asks_open_question',
  effect: 'supports',
  match: [
    'tell me',
    'walk me through',
    'talk me through',
    'describe',
    'explain',
    'talk to me',
    'tell us',
    'say something',
    'say a bit more',
    'say a little more',
    'say more',
    'share more',
    "i'd love to hear",
    'i would love to hear',
    "i'm curious",
    'i am curious',
    "i'd like to hear",
    "i'd like to know",
    "i'd like to understand",
    'help me understand',
    "i'm wondering",
    'i am wondering',
    'i wonder',
    'i was wondering',
    'give me a sense',
    'fill me in',
    'care to share',
    'care to tell',
    'care to talk',
    'would you care to',
  ],
  why: 'An elicitation invites the partner to say more, as an open question does.',
  examples: { match: ['Tell me about the pilot.', 'Walk me through what happened.'], noMatch: ['Did the pilot work?'] },
});

/** "Don't you think…", "wouldn't you agree…": the question carries its own answer. */
export const leading = rule({
  id: 'questions.leading',
  check: 'open_questions/leading_question',
  effect: 'undermines',
  match: [
    "don't you think",
    'do you not think',
    "wouldn't you agree",
    "wouldn't you say",
    "isn't it true",
    "isn't it obvious",
    "don't you agree",
    "you'd agree",
    'surely you',
    "can't you see",
    "shouldn't you",
    "wouldn't it be better",
  ],
  why: "A leading question steers the partner to the asker's answer.",
  examples: {
    match: ["Don't you think it's too late?", "Wouldn't you agree the plan is better?"],
    noMatch: ['What do you think?'],
  },
});

export const QUESTION_RULES = [elicitation, leading];

import { FEELING_WORDS } from '../lexicon';
import { rule } from './rule';

/** Naming a feeling or a stake: the detector credits it only in a sentence about the partner or their situation. */
export const namedFeeling = rule({
  id: 'feelings.named',
  check: 'active_listening/names_feeling',
  effect: 'supports',
  match: FEELING_WORDS,
  // The speaker's own feeling ("I'm worried that…") or a feeling denied ("it's not that hard", "wouldn't hurt")
  // names nothing the partner feels.
  unless: new RegExp(
    `(\\b(i'm|i am|i was|i feel|i felt|i've been|i get|i got|we're|we are|we were|we feel)|(\\bnot|n't|\\bnever|\\bno|\\bhardly)( (that|so|too|very|really|at all))?)( (so|really|very|a bit|a little|quite|pretty|getting|feeling|being|kind of))* (${FEELING_WORDS.join('|')})\\b`,
    'i',
  ),
  why: 'A named feeling shows the listener heard what sits behind the words.',
  examples: {
    match: ['That sounds frustrating.', 'You must have felt let down.', "It's a lot to carry."],
    noMatch: [
      'The report is on the shared drive.',
      "I'm worried that you'll burn out.",
      "It's not that hard, honestly.",
    ],
  },
});

export const FEELING_RULES = [namedFeeling];

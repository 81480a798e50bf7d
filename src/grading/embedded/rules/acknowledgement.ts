/** Acknowledging and validating what the partner said, and acting on what they need. */
import { rule } from './rule';

/** Validation: "no wonder you're stressed", "anyone would be", "that's not okay", "it's not just you". */
export const validation = rule({
  id: 'reflection.validation',
  check: 'active_listening/acknowledges',
  effect: 'supports',
  match:
    /\b(no wonder|of course you('re| are| feel)|anyone would|(that's|that is|it's|it is) (not (ok|okay|fair|right|on you|your fault)|a lot to|a big (thing|deal|jump|ask|loss)|heavy|rough|brutal|hard to)|it's not (just )?you|you're not (alone|the only)|(it |that )?makes sense (that|you))\b/i,
  why: 'Validation tells them their reaction fits what happened.',
  examples: {
    match: ["No wonder you're fed up.", "That's not okay.", "It's not just you."],
    noMatch: ['That is the plan.'],
  },
});

/**
 * Acting on what they need: their time ("I'll be quick before your call"), or a commitment shaped
 * by what they asked ("so you can forward it as it is").
 */
export const theirNeed = rule({
  id: 'reflection.their_need',
  check: 'active_listening/acknowledges',
  effect: 'supports',
  match:
    /\b(i'll be (quick|brief)|i won't keep you|i'll let you (go|get back)|i know you('ve| have)? (got to|need to|have to) (go|run|jump)|before your (call|meeting|stand-up|standup|shift|flight|next)|so (that )?you (can|don't have to|won't have to|have|know|aren't|are not|won't be))\b/i,
  why: 'Shaping the reply around what they need shows their words landed.',
  examples: {
    match: ["I'll be quick before your call.", "I'll email it by nine so you can forward it as it is."],
    noMatch: ['I will send it later.'],
  },
});

/** Acknowledging or validating what was said: "that makes sense", "thanks for telling me". */
export const acknowledgement = rule({
  id: 'reflection.acknowledgement',
  check: 'active_listening/acknowledges',
  effect: 'supports',
  // "…, if that makes sense" hedges the speaker's own point; "absolutely not" refuses.
  unless: ['if that makes sense', 'if it makes sense', 'absolutely not', 'of course not'],
  match: [
    'thank you for telling me',
    'thanks for telling me',
    'thank you for sharing',
    'thanks for sharing',
    'thank you for being',
    'thanks for being',
    'thanks for explaining',
    // Noticing what the partner gave up to be here: their time.
    'thanks for making',
    'thank you for making',
    'thanks for taking the time',
    'thank you for taking the time',
    'thanks for fitting me in',
    'thank you for fitting me in',
    'thanks for seeing me',
    'thank you for seeing me',
    'thanks for your time',
    'thank you for your time',
    'thank you for explaining',
    'that makes sense',
    'makes sense',
    'i hear you',
    'understood',
    'i appreciate',
    'i understand',
    'i can see why',
    'i can imagine',
    'i get that',
    'i get it',
    'good point',
    'fair point',
    'fair enough',
    "that's fair",
    'that is fair',
    "that's a lot",
    "that's tough",
    "that's hard",
    "that's great",
    "that's impressive",
    "that's interesting",
    'that is interesting',
    'how interesting',
    'that sounds',
    'i see',
    'of course',
    'absolutely',
    "you're right",
    'you are right',
    'good question',
    'i respect',
  ],
  why: 'An acknowledgement tells the partner their point landed.',
  examples: {
    match: ['That makes sense.', 'Thanks for telling me.', 'Fair point.'],
    noMatch: ['Send it over.', 'Absolutely not.'],
  },
});

/**
 * Taking their point on: thanks for the feedback or the warning, "that's helpful", "I didn't realise". It answers
 * what they raised, as an answer answers what they asked.
 */
export const takenOnBoard = rule({
  id: 'reflection.taken_on_board',
  check: 'active_listening/acknowledges',
  effect: 'supports',
  match:
    /\b(thanks?( you)? for (flagging|raising|pointing (it|that|this) out|the heads[ -]up|letting me know|the feedback|catching)|(that's|that is|that was) (really |very )?(helpful|useful)|point taken|noted|good catch|i (didn't|did not|hadn't|had not) (realise|realize|notice|see)[a-z]*)\b/i,
  why: 'Accepting what they raised shows it landed, even before anything is said back.',
  examples: {
    match: ["Oh, I didn't realise. Thanks for flagging.", "Thanks, that's helpful. I'll rewrite it."],
    noMatch: ['I will rewrite it.'],
  },
});

/**
 * Seeing it from where they stand: "I know that hurts with wages due on Thursday", "you shouldn't have had to ask
 * Hale's office", "that's a fair worry", "in your place I'd suspect the same". With their words in the same sentence
 * it acknowledges what they said, not a formula; the Proficient bound reads it so.
 */
export const theirView = rule({
  id: 'reflection.their_view',
  check: 'active_listening/acknowledges',
  effect: 'supports',
  match:
    /\b(i know (that|how(?! to)|why|you|you're|it's|this|the|your|a|an|what (this|that|it) (means|costs|feels|is like))|i (can )?see (how|why|that)|i understand (why|how|that|the|your|you)|you('re| are| were) right|you weren't wrong|(that's|that is|it's) (a )?(fair|real|reasonable|serious|good|big) (worry|question|concern|point|ask|challenge)|(that's|that is) fair|you (shouldn't|should not) (have|need)|(that|it) must (have been|be|feel)|in your (place|shoes)|i'd (feel|suspect|think|wonder) the same)\b/i,
  why: 'Seeing it from where they stand, in their terms, acknowledges what they said.',
  examples: {
    match: [
      'I know that hurts with wages due on Thursday.',
      "You shouldn't have had to ask Hale's office for anything.",
      "That's a fair worry, with four more containers due.",
      "After January's promise, I'd suspect the same in your place.",
    ],
    noMatch: ['I know it well, I did the same last year.', 'I know what the funder looks at.', 'I will send it today.'],
  },
});

export const ACKNOWLEDGEMENT_RULES = [acknowledgement, validation, theirNeed, takenOnBoard, theirView];

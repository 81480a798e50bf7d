import { DECLARED_AGREEMENT, OVERRIDES } from '../lexicon';
import { rule } from './rule';

/** Playing the partner's concern down: "don't worry", "at least", "it's not that bad". */
export const dismissing = rule({
  id: 'dismissal.minimise',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match: [
    "don't worry",
    'do not worry',
    'at least',
    'no big deal',
    'not a big deal',
    'calm down',
    "it's fine",
    'it is fine',
    'could be worse',
    'relax',
    'get over it',
    'happens to everyone',
    'cheer up',
    'bright side',
    'it is what it is',
    "it's not that bad",
    'not that bad',
    "don't take it personally",
    'never mind',
    'whatever',
    'moving on',
  ],
  // "Whatever the reason" and "at least twice a week" weigh nothing down: only the shrug and the consolation do.
  // The shrug stands alone ("Fine, whatever.", "whatever you say"); "whatever we change…" opens a clause.
  keep: (d, s) => {
    const after = s.text.slice(d.end - s.start);
    // "So please relax: it's good news" reassures; "relax, it's fine" waves the worry away.
    if (/^relax$/i.test(d.text) && /\bplease\s*$/i.test(s.text.slice(0, d.start - s.start))) return false;
    const before = s.text.slice(0, d.start - s.start);
    // "Whatever works for you" accommodates; the shrug stands alone or mocks ("whatever you say").
    if (/^whatever$/i.test(d.text)) return /^\s*([.!,;:?—–-]|$)|^\s+(you say|you want|then)\b/i.test(after);
    // "Anyway, moving on." closes their topic; "before moving on to the next bed" tells a sequence.
    if (/^moving on$/i.test(d.text)) return /(^|\b(anyway|so|ok|okay|right)[,.]?)\s*$/i.test(before);
    if (/^at least$/i.test(d.text))
      // The consolation opens a clause ("At least you still…", "well, at least…"); inside one it counts or
      // proposes ("without at least testing", "can we at least put the range in?").
      return (
        !/^\s+(one|two|three|four|five|six|\d|once|twice|a (day|week|month|year|few|couple)|an hour|half|until|by)\b/i.test(
          after,
        ) && /(^|[,;:—–-]\s*|\b(but|well|and|oh|still|hey),?\s+)$/i.test(before)
      );
    // "Once things calm down" tells of a time; "calm down" said to them waves the feeling away.
    if (/^calm down$/i.test(d.text))
      return !/\b(things|it|everything|once|when|until|after|they|that)\s*$/i.test(before);
    return true;
  },
  why: 'Minimising tells the partner their concern does not count.',
  examples: {
    match: ["Don't worry about it.", 'At least you still have the job.', "It's not that bad.", 'Fine, whatever.'],
    noMatch: [
      'That worries me too.',
      'Whatever the reason, I should have told you first.',
      'Whatever we change should tackle the cause.',
      "It's good news, so please relax.",
      "I'm not going to talk about it, whatever anyone's heard.",
      "I'll call at least once a week until it's fixed.",
      'Could we at least put the range in the notes?',
      "I'd not recommend it without at least testing a counter.",
      'Let me know whatever works.',
      'I finished the round before moving on to the notes.',
      'Happy to talk it through once things calm down after the 20th.',
    ],
  },
});

/** Telling the partner they are wrong: the opposite of saying back what they meant. */
export const contradiction = rule({
  id: 'dismissal.contradiction',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match: [
    "you've misread",
    'you misread',
    'you have misread',
    "you've misunderstood",
    'you misunderstood',
    'you have misunderstood',
    "you're wrong",
    'you are wrong',
    "you're mistaken",
    'you are mistaken',
    "that's not true",
    'that is not true',
    "that's not what",
    "that isn't what",
    "you've got it wrong",
    'you got it wrong',
    "you don't understand",
    'you do not understand',
    'with all due respect',
    ...DECLARED_AGREEMENT,
  ],
  why: 'Contradicting the partner overrides them, whatever words of theirs it reuses.',
  examples: {
    match: [
      "You've misread the brief.",
      "That's not what happened.",
      'With all due respect, the numbers are fine.',
      "So we're aligned: we launch in March.",
    ],
    noMatch: ['You read the brief closely.'],
  },
});

/**
 * Pushing back on the partner's concern instead of hearing it: calling it a knee-jerk reaction, saying it
 * is unfair on others, asking what more they want, or "but to be fair…" before one's own side.
 */
export const pushback = rule({
  id: 'dismissal.pushback',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match:
    /\b((that's|that is|it's|it is|this is) (a |an )?(knee-jerk|overreaction|paranoid|over the top|a bit much)|(that's|that is|it's|it is) not fair on (people|everyone|others|the rest|the team)|knee-jerk reaction|i'm not sure what else you want|what more do you want|but (to be fair|in fairness)|(is|are) (brutal|hard|tough) for everyone|(but|that said),? (honestly|to be honest|let's be honest|realistically)\b)\b/i,
  why: 'Arguing with the concern tells the partner it was not worth raising.',
  examples: {
    match: [
      "That's a knee-jerk reaction to one bad week.",
      "That's not fair on people who work nights.",
      "Honestly, I'm not sure what else you want from me.",
      'But to be fair, the handover notes were thin.',
      'Audit season is brutal for everyone.',
      'But honestly, the numbers were fine.',
    ],
    noMatch: ["That's fair.", "It's not fair on you that it landed on your desk."],
  },
});

/** Turning the talk to oneself: "that reminds me", "me too", "when I was…". */
export const selfShift = rule({
  id: 'dismissal.self_shift',
  check: 'active_listening/shifts_to_self',
  effect: 'undermines',
  // Owning a mistake names one's own process or error: that is the point, not a change of topic.
  unless: ['my own process', 'my own mistake', 'my own error', 'my own fault', 'my own check', 'my own checks'],
  match: [
    'that reminds me',
    'same thing happened to me',
    'same happened to me',
    'same with me',
    'me too',
    'when i was',
    'in my experience',
    'enough about',
    'anyway, i',
    'but enough',
    'i had the same',
    'let me tell you about',
    'speaking of me',
    'my own',
  ],
  why: "The partner's turn becomes the speaker's story.",
  examples: {
    match: [
      'That reminds me of my first job.',
      'Same thing happened to me last year.',
      'When I was at Acme we had that.',
    ],
    noMatch: ['What happened next?'],
  },
});

/** Minimising: "it's only a few percent", "it wasn't a big deal anyway", "you're overreacting". */
export const minimising = rule({
  id: 'dismissal.minimising',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match:
    /\b(it('s| is| was)( really| honestly)? (only(?! (your|been|the first|an? (idea|thought|suggestion|draft|proposal|guess|option))\b)|just(?! that\b)|nothing|not (that|so) (big|bad|hard|serious))|(only|just) a (few|little|small|couple)|wasn't (a|that) big|no real (harm|damage)|(you're|you are) (overreacting|too sensitive|being dramatic)|worse things|first world problem|could be worse|not the end of the world|(wouldn't|would not|don't|shouldn't) read (too much|much) into (it|that|this))\b/i,
  why: 'Making the concern smaller than the partner feels it tells them it does not count.',
  examples: {
    match: ["It's only a few percent.", "It wasn't a big deal anyway.", "You're overreacting."],
    noMatch: [
      "Please don't read anything into my quiet.",
      'It was a big deal for you.',
      "It's just that the late slot is the only one left.",
      "It's only your second week, and that galley takes everyone a while.",
      "We're looking at lockers for spring, but it's only an idea.",
    ],
  },
});

/**
 * A verdict on their point instead of hearing it: "that's no excuse", "this is ridiculous", a shrug that closes
 * it ("rules are rules", "these things happen", "that's how it works"), "not my problem", or an apology for their
 * feelings rather than for anything done ("sorry if you felt…").
 */
/** "Rules are rules", "launch is launch": a tautology that closes the question instead of answering it. */
export const tautology = rule({
  id: 'dismissal.tautology',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match: /\b(?:(?:a|an|the) )?([a-z]{3,})s? (?:is|are) (?:(?:a|an|the) )?\1s?\b/i,
  why: 'Saying a thing is what it is ends the talk without hearing why they raised it.',
  examples: {
    match: ['Launch is launch, we all knew crunch was coming.', 'A deadline is a deadline.'],
    noMatch: ['The launch is on Friday.', 'This is the list.'],
  },
});

export const verdict = rule({
  id: 'dismissal.verdict',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match:
    /\b((that's|that is|it's|it is) (not|no) (an )?excuse|always (have|got) an excuse|(this|that)('s| is) (ridiculous|absurd|nonsense|rubbish)|sorry if you (felt|feel|were|are)|sorry you (feel|felt) (that way|like that)|rules are rules|these things happen|(that's|that is) (just )?how (it|things|this place|the job) (works?|goes)|(are|is) what (they|it) (are|is)|(won't|doesn't|does not|will not) change anything|(isn't|is not|not) my (job|problem)|(probably|it's) just you\b|mostly hype|(that's|that is|it's|it is|that'll be|it'll be) (all )?on you\b|on your (head|conscience))/i,
  why: 'A verdict or a shrug answers the concern by closing it, whatever words of theirs it reuses.',
  examples: {
    match: [
      "Honestly, that's no excuse for a late handover.",
      'Rules are rules.',
      "I'm sorry if you felt rushed.",
      "That's just how it works here.",
      "Chasing suppliers isn't my job.",
      "If the audit goes badly, that's on you.",
    ],
    noMatch: [
      "That's on me, not you.",
      "There's no excuse on my side: I missed it.",
      'The rules changed in May, so here is what that means.',
    ],
  },
});

/** Overriding: "it's happening whether you like it or not", ultimatums, threats. */
export const overriding = rule({
  id: 'dismissal.overriding',
  check: 'active_listening/overrides',
  effect: 'undermines',
  match: OVERRIDES,
  // Ruling a threat out is the opposite of making it: "I don't want to go over your head".
  unless:
    /\b(don't|do not|won't|will not|not going to|never|rather not|no need to|wouldn't) (want to |have to |)(go over your head|escalate)\b/i,
  why: 'An ultimatum or a closed decision pushes past what the partner said.',
  examples: {
    match: [
      "It's happening in January whether you like it or not.",
      'Fix it or we will have to talk about consequences.',
      "Keep refusing and I'll have to take this to your director.",
    ],
    noMatch: ['We decided together.', "I don't want to go over your head, so I'm asking you first."],
  },
});

/** "The recs come first, full stop.": a decision announced as closed to discussion. */
export const closure = rule({
  id: 'dismissal.closure',
  check: 'active_listening/overrides',
  effect: 'undermines',
  match: /(^|[,;:—–-]\s*)(full stop|and that's final|that's final|no exceptions)\s*[.!]*\s*$/i,
  why: 'Ruling the matter closed pushes past whatever the partner said.',
  examples: {
    match: ['The recs come first, full stop.', 'Full stop.', "You're on nights next week, and that's final."],
    noMatch: ['If the sprays can handle those without a full stop, we both win.'],
  },
});

/**
 * Orders in the future tense: "you will redo the slides by five", "you will not book leave in March again",
 * "you'll be the one explaining it to them". A prediction ("you will see the change") is not one. An open
 * question after them asks for compliance ("How does that sound?"), so it is loaded.
 */
export const commanding = rule({
  id: 'dismissal.commanding',
  check: 'open_questions/leading_question',
  effect: 'undermines',
  match:
    /\byou will (not |never )?(?!(be|have|see|find|get|love|like|enjoy|know|feel|need|want|hear|receive|notice|probably|likely|also|still)\b)[a-z]+\b|\byou'll be the one (explaining|answering|telling|dealing|cleaning|paying)\b/i,
  why: 'Telling someone what they will do closes the talk: a question after it asks them to comply.',
  examples: {
    match: [
      'You will redo the slides by five.',
      'You will not book leave in March again.',
      "You'll be the one explaining it.",
    ],
    noMatch: ['You will see the change on Friday.', "You'll have it by noon."],
  },
});

/** Sarcasm and backhanded praise: "must be nice", "good for some". */
export const sarcasm = rule({
  id: 'dismissal.sarcasm',
  check: 'active_listening/dismisses',
  effect: 'undermines',
  match: [
    'must be nice',
    'good for some',
    'lucky you',
    'well la-di-da',
    'how nice for you',
    'how lovely for you',
    'oh great, another',
    'oh joy',
    'yeah right',
    'big surprise',
    'shocker',
    'what a surprise',
    // Mock enthusiasm and mock praise: "I'm sure customers will love…", "third time lucky".
    "i'm sure they'll love",
    "i'm sure everyone will love",
    "i'm sure people will love",
    "i'm sure customers will love",
    'third time lucky',
    'third time lucky, eh',
    "let's just stop",
    "let's just scrap",
    "let's just forget",
    "let's just drop",
  ],
  why: "Sarcasm says the opposite of what it seems to, at the partner's expense.",
  examples: {
    match: [
      'Must be nice to get the big projects.',
      "Sure, let's just scrap the training budget then.",
      'Third time lucky, eh?',
    ],
    noMatch: ['It was nice to see the results.', "Let's look at the brand budget together."],
  },
});

export const DISMISSAL_RULES = [
  dismissing,
  contradiction,
  pushback,
  selfShift,
  minimising,
  tautology,
  verdict,
  overriding,
  closure,
  commanding,
  sarcasm,
];

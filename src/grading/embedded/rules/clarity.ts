/** Clarity: sentence-level flags (hedges, filler, weasel words, wordiness, jargon, passive voice). */
import { DECLARED_AGREEMENT, FEELING_WORDS } from '../lexicon';
import { countWords, findPhrases, type Sentence, type Span } from '../text';
import { rule, spans } from './rule';

export const LONG_SENTENCE_WORDS = 30;

export const longSentence = rule({
  id: 'clarity.long_sentence',
  check: 'clarity/long_sentence',
  effect: 'undermines',
  match: (s: Sentence): Span[] => (countWords(s.terms) > LONG_SENTENCE_WORDS ? [s] : []),
  why: 'Past thirty words a sentence carries more than one idea.',
  examples: {
    match: [
      'I wanted to say that I think the plan we discussed on Monday with the whole team and the client is fine but we should also look at the budget and the hiring and the timeline again before we commit.',
    ],
    noMatch: ['The plan is fine.'],
  },
});

export const hedge = rule({
  id: 'clarity.hedge',
  check: 'clarity/hedge',
  effect: 'undermines',
  match: [
    'kind of',
    'sort of',
    'i guess',
    'i suppose',
    'maybe',
    'perhaps',
    'possibly',
    'i think maybe',
    'i was wondering if',
    'i was just wondering',
    'a little bit',
    'somewhat',
    'more or less',
    'in a way',
    'if that makes sense',
    'i might be wrong',
    'not sure if',
    'probably',
    'i feel like',
    'to some extent',
  ],
  // "I guess you…", "you probably feel…" are tentative reflections, not hedges on one's own point.
  unless: ['i guess you', 'you probably feel', 'kind of you', 'kind of them', 'kind of her', 'kind of him'],
  why: 'A hedge makes the point sound unsure.',
  examples: {
    match: ['It was kind of late.', 'Maybe we could start.'],
    noMatch: ['It was late.', "That's kind of you."],
  },
});

const WARM = [...FEELING_WORDS, 'pleased', 'sorry', 'grateful', 'thankful', 'impressed', 'sad', 'thrilled'];
/** "I'm really pleased for you": an intensifier on a feeling says how much, it is not filler. */
const INTENSIFIED_FEELING = new RegExp(`\\b(really|very|so|totally|super) (${WARM.join('|')})\\b`, 'i');

const INTENSIFIED_FEELING_RULE = rule({
  id: 'clarity.intensified_feeling',
  check: 'clarity/filler',
  effect: 'excludes',
  match: INTENSIFIED_FEELING,
  why: 'An intensifier on a feeling says how much; it is not filler.',
  examples: { match: ["I'm really pleased for you."], noMatch: ['It was really long.'] },
});

const NOT_FILLER = [
  'just from what',
  'did you know',
  'do you know',
  'let you know',
  'if you know',
  'you know what',
  'you know how',
  'you know that',
  'you know who',
];

export const filler = rule({
  id: 'clarity.filler',
  check: 'clarity/filler',
  effect: 'undermines',
  match: [
    'basically',
    'actually',
    'literally',
    'just',
    'really',
    'very',
    'totally',
    'honestly',
    'um',
    'uh',
    'erm',
    'you know',
    'i mean',
    'like, ',
    'obviously',
    'essentially',
    'pretty much',
    'anyway',
    'super',
  ],
  // "Did you know…", "I'll let you know" say something; "just from what you said" reflects.
  unless: (s: Sentence): Span[] => [...spans(INTENSIFIED_FEELING_RULE, s), ...findPhrases(s, NOT_FILLER)],
  why: 'Filler words dilute the point.',
  examples: {
    match: ['I basically just finished it.'],
    noMatch: ["I'm really pleased for you.", 'I finished it.', 'Did you know the venue moved?', "I'll let you know."],
  },
});

export const weasel = rule({
  id: 'clarity.weasel',
  check: 'clarity/weasel',
  effect: 'undermines',
  match: [
    'many people say',
    'some people',
    'it is said',
    'studies show',
    'everyone knows',
    'arguably',
    'various',
    'a number of',
  ],
  why: 'Weasel words hide who says so.',
  examples: { match: ['Some people think it is late.'], noMatch: ['Ana thinks it is late.'] },
});

export const wordy = rule({
  id: 'clarity.wordy',
  check: 'clarity/wordy',
  effect: 'undermines',
  match: [
    'in order to',
    'due to the fact that',
    'at this point in time',
    'at the end of the day',
    'for all intents and purposes',
    'in terms of',
    'with regard to',
    'with regards to',
    'the fact that',
    'in the event that',
    'a large number of',
    'it is important to note',
    'it should be noted',
    'in spite of the fact',
    'on a daily basis',
    'for the purpose of',
    'each and every',
    'first and foremost',
    'in the process of',
    'has the ability to',
    'is able to',
  ],
  why: 'A long way of saying a short thing.',
  examples: { match: ['In order to ship, we need tests.'], noMatch: ['To ship, we need tests.'] },
});

export const jargon = rule({
  id: 'clarity.jargon',
  check: 'clarity/jargon',
  effect: 'undermines',
  match: [
    'synergy',
    'synergies',
    'leverage',
    'circle back',
    'bandwidth',
    'deep dive',
    'move the needle',
    'low-hanging fruit',
    'touch base',
    'paradigm',
    'value-add',
    'ideate',
    'actionable',
    'boil the ocean',
    'take this offline',
    'best-in-class',
    'holistic',
    'learnings',
    'alignment',
    'ping you',
    'double-click',
    'net-net',
    'core competency',
    'operationalize',
    'operationalise',
    'win-win',
    'game changer',
    'game-changer',
  ],
  why: 'Buzzwords stand in for saying what is meant.',
  examples: { match: ["Let's circle back on the synergies."], noMatch: ["Let's talk again on Friday."] },
});

/** analyse() tags the auxiliary of a passive verb phrase ("was sent") as Passive. */
export const passive = rule({
  id: 'clarity.passive',
  check: 'clarity/passive',
  effect: 'undermines',
  match: (s: Sentence): Span[] => (s.terms.some((t) => t.tags.has('Passive')) ? [s] : []),
  why: 'The passive hides who did what.',
  examples: {
    match: ['The report was sent late.'],
    noMatch: ['I sent the report late.', "What's surprised you most?"],
  },
});

export const CLARITY_EXCLUSIONS = [INTENSIFIED_FEELING_RULE];
/** A point taken back in the next breath: "I take full responsibility. But to be fair, the brief…". */
export const takenBack = rule({
  id: 'clarity.taken_back',
  check: 'clarity/mixed_message',
  effect: 'undermines',
  match: /^\s*(but|that said|then again|having said that),? (to be fair|in fairness|in my defen[cs]e)\b/i,
  why: 'Saying a thing and then its opposite leaves the listener unsure which you meant.',
  examples: {
    match: ['But to be fair, the brief changed twice.', 'That said, in fairness, it went fine.'],
    noMatch: ['But the fix is in.', 'To be fair to you, the brief was late.'],
  },
});

/** "So we agree: review first." where they said the opposite: agreement in the words, disagreement in the point. */
export const declaredAgreement = rule({
  id: 'clarity.declared_agreement',
  check: 'clarity/mixed_message',
  effect: 'undermines',
  match: DECLARED_AGREEMENT,
  why: 'Calling a disagreement an agreement leaves the listener unsure which one is meant.',
  examples: { match: ["So we're aligned: we launch in March."], noMatch: ['We agree on the date.'] },
});

/**
 * A framework's parts used as headings ("Situation: the list. Behaviour: lateness. Impact: impact."): the labels
 * stand where the point should be. The detector counts it where two or more appear.
 */
export const frameworkLabel = rule({
  id: 'clarity.framework_label',
  check: 'clarity/stock_phrases',
  effect: 'undermines',
  match:
    /\b(situation|behaviou?r|impact|observation|feeling|need|request)(\s*:|-wise\b)|\b(using|use|with) (the )?(sbi|nvc|star)( model| framework| method)?\b/i,
  why: 'Naming the method instead of saying what happened leaves the listener to fill in the point.',
  examples: {
    match: ['Situation: the list. Behaviour: lateness.', 'I want to give you feedback using SBI.'],
    noMatch: ['The situation was the Tuesday meeting, and the impact was a lost day.'],
  },
});

/** "We can't keep having this kind of thing": a pointer that stands in for what the speaker means. */
export const vaguePointer = rule({
  id: 'clarity.vague_pointer',
  check: 'clarity/vague',
  effect: 'undermines',
  match:
    /\b(or something(?! else)|or whatever|(this|that) (kind|sort) of thing|stuff like that|and stuff|things like that|and so on|and all that)\b/i,
  why: 'A pointer leaves the listener to guess what is meant; naming it is what makes a point specific.',
  examples: {
    match: ["We can't keep having this kind of thing.", 'Maybe do a talk or something.'],
    noMatch: ['Would a timer help, or something else?', 'We lost 300 orders.'],
  },
});

/**
 * "Anyway, did you see the new rota?": a jump to another subject in the middle of the reply. A closing line after
 * the marker ("anyway, good to meet you") ends the talk instead.
 */
export const subjectChange = rule({
  id: 'clarity.subject_change',
  check: 'clarity/changes_subject',
  effect: 'undermines',
  match: (s) =>
    /^(anyway|anyhow|by the way|btw|on another note|on a different note|speaking of which|unrelated|changing the subject|while i('ve| have) got you|while i have you|oh,? and|oh,? also)\b/.test(
      s.lower,
    ) &&
    !/^[a-z ,'’]*\b(nice|good|great|lovely) to (meet|see|chat|talk)|^[a-z ,'’]*\b(thanks|thank you|see you|take care|good luck|enjoy|bye)\b/.test(
      s.lower,
    )
      ? [s]
      : [],
  why: 'Says one thing at a time: a second subject halfway through leaves the first point hanging.',
  examples: {
    match: ['Anyway, did you see the new on-call rota?', 'By the way, did you finish the monthly report?'],
    noMatch: ['Anyway, good to meet you.', 'The rota changes on Monday.'],
  },
});

/** The flags, in the order they are reported. */
export const CLARITY_RULES = [
  longSentence,
  hedge,
  filler,
  weasel,
  wordy,
  jargon,
  passive,
  takenBack,
  declaredAgreement,
  vaguePointer,
  subjectChange,
];

/**
 * A concrete detail: a number, an amount, a time, a day or a date ("by 2 pm on Thursday", "300 orders",
 * "three rewrites"). Coaches call a reply that names none of them "clear but vague"; the detector counts
 * distinct details over the whole reply.
 */
export const concreteDetail = rule({
  id: 'clarity.concrete_detail',
  check: 'clarity/concrete',
  effect: 'supports',
  match:
    /\d+(?:[.,:]\d+)*|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|noon|midday|midnight|morning|afternoon|evening|weekend|week|month|quarter|january|february|march|april|june|july|august|september|october|november|december|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half)\b/i,
  // A greeting names no time.
  unless: ['good morning', 'good afternoon', 'good evening'],
  why: 'Numbers, times and days say exactly what happened or what will, where a general word would leave it vague.',
  examples: {
    match: ['The fix goes out at 3 pm on Thursday.', 'We lost about three hundred orders.'],
    noMatch: ['Good morning, thanks for the time.', 'I will sort it out soon.'],
  },
});
/** How many distinct details make a reply specific, rather than one date in passing. */
export const SPECIFIC_DETAILS = 3;

/** Rules the detectors count over the whole reply rather than flag sentence by sentence. */
export const CLARITY_COUNTED = [concreteDetail, frameworkLabel];

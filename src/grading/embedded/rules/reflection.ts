/**
 * Reflections: saying back what the partner said or meant, in the observable forms counsellors'
 * coding manuals describe (MITI, MISC). The detector decides how these combine into a reflection.
 */
import { FEELING_WORDS } from '../lexicon';
import { rule } from './rule';

/** Reflective stems: "it sounds like", "so you're saying", "you feel". */
export const stem = rule({
  id: 'reflection.stem',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: [
    'sounds like',
    'sounds as if',
    'it seems',
    'you seem',
    'seems like',
    'it feels like',
    "what i'm hearing",
    'what i hear',
    "i'm hearing",
    'if i understand',
    "if i've understood",
    'in other words',
    "you're saying",
    'you are saying',
    'you said',
    'you mentioned',
    'on one hand',
    'on the other hand',
    'part of you',
    'i get the sense',
    "i'm getting a sense",
    'it must be',
    'it must have been',
    'that must be',
    'that must have been',
    'that sounds',
    'i can understand',
    'i understand how',
    'i understand why',
    'i understand that',
    'i can see how',
    'i can see why',
    'i can imagine',
    'i hear you',
    "that's hard",
    "that's tough",
    "that's difficult",
    "that's frustrating",
    "that's rough",
    'that is hard',
    'that is tough',
    'that is difficult',
    'that is frustrating',
    'is that correct',
    'is that right',
    'am i right',
    'did i get that right',
    'just from what',
    'from what you',
    'i can tell',
    'i can feel',
    'i can see that',
    "you're feeling",
    'you are feeling',
    'you feel',
    'you must feel',
    'must be hard',
    'must be difficult',
    'must be frustrating',
    'must be tough',
    'seems like',
    "like you're",
    'i understand your',
    'you mean',
    'are you saying',
    'i take it',
    'i see that you',
    'i see you',
    'make sure i',
    'make sure that i',
    'you must be',
    'you may feel',
    'you might feel',
    'you probably feel',
    "i can't imagine",
    'i cannot imagine',
    'i can sense',
    'does sound',
    'i get the impression',
    'my guess is',
    "i'm guessing",
    'i am guessing',
    'i guess you',
    "i'd guess",
    'i would guess',
    'i can see this',
    'i can see it',
  ],
  why: 'A stem frames what follows as what the speaker heard.',
  examples: {
    match: [
      'It sounds like the move hit harder than you expected.',
      "What I'm hearing is that the deadline is the problem.",
      'You feel let down.',
    ],
    noMatch: ['The deadline is Friday.'],
  },
});

/** Stems that check what was heard, even inside a question ("are you saying…?", "is that right?"). */
export const checkingStem = rule({
  id: 'reflection.checking_stem',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: [
    'is that correct',
    'is that right',
    'am i right',
    'did i get that right',
    'are you saying',
    "you're saying",
    'you are saying',
    'in other words',
    'if i understand',
    "if i've understood",
  ],
  why: 'A question that checks the summary asks nothing new.',
  examples: {
    match: ['Are you saying the budget is the blocker?', 'So the vendor pulled out, is that right?'],
    noMatch: ['What is the blocker?'],
  },
});

/** "Third evening in a row sounds exhausting": a feeling named for the partner's situation. */
export const feelingFrame = rule({
  id: 'reflection.feeling_frame',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: new RegExp(
    `\\b(sounds?|seems?|must be|must have been|looks?)( (really|so|very|pretty|quite|incredibly|super|truly|a bit|a little|kind of))* (${FEELING_WORDS.join('|')})\\b`,
    'i',
  ),
  why: 'A feeling word after "sounds" or "must be" names what the situation is like for them.',
  examples: {
    match: ['Third evening in a row sounds exhausting.', 'That must have been really scary.'],
    noMatch: ['The evening sounds like a plan.'],
  },
});

/** "Did I miss anything?", "is that fair?": a question that checks the summary before it, asking nothing new. */
export const checkQuestion = rule({
  id: 'reflection.check_question',
  check: 'active_listening/reflects',
  effect: 'supports',
  match:
    /^(did i (miss|get|leave)|have i (missed|got|left)|is that (it|everything|all|fair|about right)|anything (else )?(i('ve)? )?missed)\b/,
  at: 'start',
  why: 'Checking a summary keeps the reflection a reflection.',
  examples: { match: ['Did I miss anything?', 'Is that fair?'], noMatch: ['Did you send it?'] },
});

/** "So you're…", "so it was…": a sentence that opens a summary. "…, so you never know" concludes instead. */
export const soYou = rule({
  id: 'reflection.so_you',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: /^so,? (you|your|for you|in other words|it's|it was|it is|that's|that was|this is)\b/i,
  at: 'startSo',
  why: 'Opening with "so you…" sums up what was heard.',
  examples: {
    match: [
      "So you're moving house and starting a job in the same week.",
      'Okay, so it was the client who changed the brief.',
    ],
    noMatch: ['It rained, so you never know.'],
  },
});

/** The same "so you…" anywhere in a sentence: a frame that reports, so an order after it is reported, not given. */
export const soYouFrame = rule({
  id: 'reflection.so_you_frame',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: /\bso,? (you|your|for you|in other words|it's|it was|it is|that's|that was|this is)\b/i,
  why: 'Frames what follows as what was heard.',
  examples: { match: ['Right, so you have to decide by Friday.'], noMatch: ['You have to decide by Friday.'] },
});

/**
 * "So she dropped you off today." "So, kind of a nine-to-five job." A short statement that opens
 * with "so" sums up what was heard, unless the speaker goes on about themselves or asks.
 */
export const soSummary = rule({
  id: 'reflection.so_summary',
  check: 'active_listening/reflects',
  effect: 'supports',
  match:
    /^so\b[, ]+(?!(i|i'm|i've|i'd|we|we're|we'll|let's|let me|what|how|why|when|where|who|do|does|did|is|are|can|could|would|will|have|has|um|uh|if|yeah|anyway|now|you know|the (issue|thing|point|problem|idea|goal|plan|reason|good news|bad news|question) is)\b)/,
  at: 'startSo',
  why: 'A short "so…" statement sums up.',
  examples: { match: ['So she dropped you off today.'], noMatch: ['So I called them.', 'So what happened?'] },
});

/** A statement that opens with "you": "You've carried this team for a month." Not "you will", "you should". */
export const youFirst = rule({
  id: 'reflection.you_first',
  check: 'active_listening/reflects',
  effect: 'supports',
  match: /^(you|you're|you've|you'd|your)\b(?! (will|can|could|should|might|may|must|need to|have to)\b)/,
  at: 'start',
  why: 'A statement about the partner says back what the speaker took in.',
  examples: { match: ["You've carried the team all month."], noMatch: ['You should take a break.', 'We shipped it.'] },
});

/** "you" as the subject of a statement about the partner, not of an inverted question or an "if" clause. */
export const youSubject = rule({
  id: 'reflection.you_subject',
  check: 'active_listening/reflects',
  effect: 'supports',
  match:
    /(?<!\b(if|thank|do|are|can|would|could|have|did|will|when|unless) )\byou('re|'ve|'d| are| were| have| had| feel| felt| want| wanna| got| seem| said| mentioned| don't| didn't| can't| just| really| also| still| kind of| sort of| sound| need| like| love| enjoy| find| found| used| started| began| tried| decided| worry| care| value| see| saw| went| came| thought| believe| would like| wish| hope| know that| knew| think| realize| realise| realized| realised| notice| noticed| mean| meant| keep| kept| miss| missed| told| say)\b/,
  at: 'start',
  why: 'What the partner knows, thinks or did, said back to them.',
  examples: {
    match: ['Honestly, it seems to me you care a lot about this team.'],
    noMatch: ['If you want, I can help.'],
  },
});

export const REFLECTION_RULES = [
  stem,
  checkingStem,
  feelingFrame,
  checkQuestion,
  soYou,
  soYouFrame,
  soSummary,
  youFirst,
  youSubject,
];

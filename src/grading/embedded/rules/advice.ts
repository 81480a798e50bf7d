/** Advice before understanding: telling the partner what to do, in so many words or as an order. */
import { isDiscourseMarker } from '../lexicon';
import { readsAsVerbAfterYou, type Sentence, type Span, type Term } from '../text';
import { rule } from './rule';

/** "You should", "have you tried", "my advice": a directive in words. */
export const directive = rule({
  id: 'advice.directive',
  check: 'active_listening/advice_first',
  effect: 'undermines',
  match: [
    'you should',
    'you need to',
    'you have to',
    'you must',
    'you ought to',
    'you could try',
    'you might try',
    'you might want to',
    'you may want to',
    'you gotta',
    'you got to',
    "you're going to have to",
    'you are going to have to',
    "you've got to",
    'you * need to',
    'all you need',
    'have you tried',
    'have you thought about',
    "why don't you",
    'why not just',
    'my advice',
    "i'd suggest",
    'i would suggest',
    "i'd recommend",
    'i would recommend',
    'i recommend',
    'i suggest',
    'the trick is',
    'what you need',
    'just try',
    'if i were you',
    'just make sure',
    'i want you to',
    'i need you to',
    "it's important that",
    "it's important to",
    "it's very important",
    "it's really important",
    "if you don't",
    "i'm concerned that",
    "i'm worried that",
    'i think you should',
    'studies show',
    'research shows',
    'you can try',
    'you could',
    'maybe try',
    'make sure',
    'consider',
    'maybe you',
    'perhaps you',
    'how about',
    'what about trying',
    'you might find',
    'you can always',
    // Advice offered as a question or an opinion ("might I suggest…", "it's best to…").
    'can i suggest',
    'might i suggest',
    'may i suggest',
    'i could suggest',
    "it's best to",
    'it is best to',
    'might not hurt',
    "wouldn't hurt",
    'a good idea to',
  ],
  // "You must feel…", "let me make sure I…" reflect; the detector also drops a directive a reflective stem reports.
  // "I'll make sure…" is the speaker's own commitment, not advice to the partner.
  unless: [
    'you must feel',
    'you must be',
    'you must have been',
    'make sure i',
    'make sure that i',
    "i'll make sure",
    'i will make sure',
    "we'll make sure",
    'we will make sure',
    "i'm going to make sure",
    'let me make sure',
  ],
  why: 'A directive tells before it has understood.',
  examples: {
    match: ['You should talk to HR.', 'Have you tried a shorter stand-up?', "It's best to wait."],
    noMatch: ['What worked for you last time?', 'You must feel drained.', "I'll make sure she's comfortable."],
  },
});

/** Verbs that open a sentence without telling the partner what to do ("thank you", "tell me more", "see?"). */
const NOT_ORDERS = new Set(
  `thank thanks see guess hope mind sound describe explain imagine wonder know love like feel
  think agree bet bless welcome sorry hang congratulate congratulation enjoy cause 'cause cool`.split(/\s+/),
);
const OBJECT = /^(to|your|yourself|the|them|her|him|it|this|that|these|those|some|up|out|with|about|me|us|more|less)$/;
/** "Tell me more", "talk to me", "say more": these ask the partner to go on; "tell her", "talk to them" advise. */
const ELICITING = new Set(['tell', 'talk', 'say', 'walk']);
const TO_THE_SPEAKER = /^(me|us|more|a bit|a little|to me|to us|through|with me|with us)\b/;
const RELEASE =
  /^(go\s*[,!.]|go (ahead|on)\b|go and (get|see|enjoy|have|grab|be)\b|take your time\b|get some (rest|sleep)\b|enjoy (it|that|the|your)\b|do(n't| not) (worry|apologi[sz]e) about (me|us|it|that)\b)/i;

/** "Just try…", "then talk to her", "please send…", "maybe double-check…": words an order may open with. */
const ORDER_LEAD_IN = new Set(['just', 'then', 'also', 'please', 'maybe', 'perhaps']);
const CLAUSE_END = new Set(['that', 'and', 'but', 'because', 'if', 'when', 'so', 'or', 'to', 'until', 'while']);

/** Whether a verb follows term `from` before the clause ends (at a comma, a full stop or a conjunction). */
function predicateFollows(terms: readonly Term[], from: number): boolean {
  for (let j = from; j < terms.length; j++) {
    const t = terms[j]!;
    if (CLAUSE_END.has(t.normal) || (t.tags.has('Punctuation') && t.text !== '-')) return false;
    // "auto-fill": the second half of a compound is not a verb of its own.
    if (terms[j - 1]?.text === '-') continue;
    if (t.tags.has('Verb') || t.tags.has('Auxiliary')) return true;
  }
  return false;
}

/**
 * An order: a sentence that opens with a verb in its base form and no subject ("Try a walk first",
 * "Don't let it get to you"). Elicitations ("tell me more") and courtesies ("thank you") are not orders.
 */
export function orderIn(s: Sentence): Span[] {
  const words = s.terms.filter((t) => /\p{L}/u.test(t.text));
  let i = 0;
  while (i < words.length - 1 && (isDiscourseMarker(words[i]!.normal) || ORDER_LEAD_IN.has(words[i]!.normal))) i++;
  // "Don't…": wink splits it into "do" + "n't"; a chat "dont" stays one word.
  if (words[i]?.normal === 'dont') i += 1;
  else if (words[i]?.normal === 'do' && /^(n't|not)$/.test(words[i + 1]?.normal ?? '')) i += 2;
  const verb = words[i];
  if (!verb) return [];
  // The tagger often reads a first verb as a noun or a name ("Talk to your manager", "Use this time"):
  // read again with the left-out "you" put back.
  const misread =
    !verb.tags.has('Verb') &&
    (verb.tags.has('Noun') || verb.tags.has('ProperNoun')) &&
    OBJECT.test(words[i + 1]?.normal ?? '') &&
    // "People with anxiety often feel this": a verb of its own later on shows the first word was its subject.
    !predicateFollows(s.terms, s.terms.indexOf(words[i + 1]!) + 1) &&
    readsAsVerbAfterYou(words.slice(i, i + 5).map((w) => w.normal));
  if ((!verb.tags.has('Verb') && !misread) || verb.tags.has('Auxiliary')) return [];
  if (verb.normal !== verb.root || NOT_ORDERS.has(verb.root)) return [];
  const rest = words
    .slice(i + 1, i + 3)
    .map((w) => w.normal)
    .join(' ');
  if (ELICITING.has(verb.root) && (rest === '' || TO_THE_SPEAKER.test(rest))) return [];
  // A request that is the first half of an offer ("send me the draft and I'll read it") hands the
  // work to the speaker; it does not tell the partner how to handle their problem.
  if (/^(me|us)\b/.test(rest) && /\b(and|so) (i|we)('ll| will| can| could)\b/i.test(s.text)) return [];
  // "Let me ask", "let's see" propose; "let it go" orders.
  if (verb.root === 'let' && ['me', 'us', "'s"].includes(words[i + 1]?.normal ?? '')) return [];
  // Releases free the partner rather than tell them how to fix their problem: "Go, the team's waiting",
  // "take your time", "go and get your daughter", "don't worry about me".
  if (RELEASE.test(s.text.slice(verb.start - s.start))) return [];
  // One word ("Cool.") is too little to tell; a verb after it ("sugar builds up") shows it was a noun.
  const next = words[i + 1];
  if (!next || next.tags.has('Auxiliary') || (next.tags.has('Verb') && next.normal.endsWith('s'))) return [];
  return [{ start: s.start, end: s.end, text: s.text }];
}

export const order = rule({
  id: 'advice.order',
  check: 'active_listening/advice_first',
  effect: 'undermines',
  match: orderIn,
  why: 'An order tells the partner what to do before hearing them out.',
  examples: {
    match: [
      'Talk to your manager.',
      "Don't let it get to you.",
      'Just try a walk first.',
      'Maybe ask your manager for specific examples.',
    ],
    noMatch: [
      'Tell me more.',
      'Thank you for that.',
      'Let me check.',
      "Go, the team's waiting.",
      'Take your time with Mr Sasaki.',
      'Go and get your daughter.',
      "Send me the draft and I'll read it tonight.",
    ],
  },
});

export const ADVICE_RULES = [directive, order];

import {
  analyse,
  countWords,
  DISCOURSE_MARKERS,
  findPhrases,
  type Analysis,
  type Sentence,
  type Span,
  type Term,
} from '../text';
import type { Question } from './questions';
import { FEELINGS } from './feelings';

/**
 * Reflections: saying back what the partner said or meant. Detected from observable forms that
 * counsellors' coding manuals describe (MITI, MISC): a reflective stem ("it sounds like", "so
 * you…"), a statement about the partner with "you" as its subject, a question that is really a
 * statement ("you're moving house?"), reuse of the partner's words, or a short phrase that
 * continues the partner's own sentence. Questions that ask something new, advice, and talk
 * about oneself are not reflections. Whether a reflection is deep is for a person (or the LLM).
 */

const STEMS = [
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
];
/** "Third evening in a row sounds exhausting": a feeling named for the partner's situation. */
const FEELING_FRAME = new RegExp(
  `\\b(sounds?|seems?|must be|must have been|looks?)( (really|so|very|pretty|quite|incredibly|super|truly|a bit|a little|kind of))* (${FEELINGS.join('|')})\\b`,
);
/** "Did I miss anything?", "is that fair?": a question that checks the summary before it, asking nothing new. */
const CHECK_QUESTION =
  /^(did i (miss|get|leave)|have i (missed|got|left)|is that (it|everything|all|fair|about right)|anything (else )?(i('ve)? )?missed)\b/;
/** Stems that check what was heard, even inside a question ("are you saying…?", "is that right?"). */
const CHECKS = [
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
];
/**
 * Encouragement and predictions about the partner ("you'll do great") are kind, but they are not
 * reflections, unless a reflective stem frames them ("so you mean you're afraid you will fail").
 */
const PREDICTIONS = [
  "i'm sure",
  'i am sure',
  'i hope',
  'i wish',
  'you will',
  "you'll",
  'you can do',
  'you got this',
  "you've got this",
  'you deserve',
];
/** Telling the partner they are wrong: the opposite of saying back what they meant. */
export const CONTRADICTIONS = [
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
];
/** Courtesies: thanks, welcomes, greetings, farewells, agreement. */
const NOT_REFLECTING = [
  'good luck',
  'proud of you',
  "you're welcome",
  'you are welcome',
  'your welcome',
  "you're * welcome",
  'you are * welcome',
  'you as well',
  // Agreement; not "how stressed you are right now".
  "you're absolutely right",
  'you are absolutely right',
  "you're so right",
  'you are so right',
  "you're totally right",
  'you are totally right',
  "you're right about",
  'you are right about',
  "you're right that",
  'you are right that',
  'thank you',
  'you too',
  'have a good',
  'have a great',
  'have a nice',
  'have a lovely',
  'goodbye',
  'bye',
  'see you next',
  'see you soon',
  'see you then',
  'see you later',
  'see you again',
  'hello',
  'cheers',
  'merry christmas',
  'happy new year',
  'happy holidays',
  'glad to meet',
  'more than welcome',
  'thanks for coming',
  'thank you for coming',
  'nice to meet',
  'nice talking',
  'nice chatting',
  'glad i could',
  'best wishes',
  'all the best',
];
/**
 * Affirmations value the partner's strengths, efforts or plans ("that sounds like a great plan",
 * "you're doing your best"). Coding manuals count them apart from reflections, however they begin.
 */
const AFFIRMATIONS = [
  'great idea',
  'good idea',
  'great plan',
  'good plan',
  'great job',
  'good job',
  'great choice',
  'good choice',
  'right choice',
  'great start',
  'good start',
  'great step',
  'good step',
  'first step',
  'good thing',
  'great thing',
  "it's good that",
  'it is good that',
  "that's great",
  'that is great',
  "that's good",
  'that is good',
  "that's wonderful",
  "that's amazing",
  "that's awesome",
  'sounds great',
  'sounds good',
  'sounds wonderful',
  'sounds amazing',
  'sounds like a great',
  'sounds like a good',
  'sounds like a wonderful',
  'sounds fun',
  'sounds nice',
  'sounds lovely',
  'sounds reasonable',
  'sounds fantastic',
  'sounds awesome',
  'good to hear',
  'doing great',
  'doing well',
  'doing a great',
  'doing your best',
  'doing the right',
  'so strong',
  'very strong',
  "you're strong",
  'you are strong',
  'stronger than',
  'so brave',
  'very brave',
  'proud of',
  'well done',
  'good for you',
  'i admire',
  'i believe in you',
  'you did the right',
  "you're enough",
  'you are enough',
  'to be proud',
  'you can do it',
  'great strides',
  "it's great",
  'it is great',
  "that's even better",
  "i'm glad",
  'i am glad',
  "i'm so glad",
  'glad to hear',
  'happy to hear',
];
const FILLER_WORDS = `so and but well okay ok oh right now yeah yes hi hello hey um uh mm-hmm mm mhm uh-huh hmm
  all_right alright i_see great sure good absolutely exactly wow gosh`
  .split(/\s+/)
  .map((w) => w.replace('_', ' '));
/** Leading fillers ("Okay, so, um, …"), each followed by optional punctuation. */
const fillerRun = (words: readonly string[]) => new RegExp(`^((${words.join('|')})[,.!]*\\s+)*`);
const FILLERS = fillerRun(FILLER_WORDS);
const FILLERS_BUT_SO = fillerRun(FILLER_WORDS.filter((w) => w !== 'so'));
const SO_YOU = /\bso,? (you|your|for you|in other words|it's|it was|it is|that's|that was|this is)\b/i;
const SO_YOU_START = new RegExp(`^${SO_YOU.source.slice(2)}`, 'i');
/**
 * "So she dropped you off today." "So, kind of a nine-to-five job." A short statement that opens
 * with "so" sums up what was heard, unless the speaker goes on about themselves or asks.
 */
const SO_SUMMARY =
  /^so\b[, ]+(?!(i|i'm|i've|i'd|we|we're|we'll|let's|let me|what|how|why|when|where|who|do|does|did|is|are|can|could|would|will|have|has|um|uh|if|yeah|anyway|now|you know|the (issue|thing|point|problem|idea|goal|plan|reason|good news|bad news|question) is)\b)/;
/** The sentence without leading fillers other than "so". */
const opening = (s: Sentence) =>
  s.lower
    .trim()
    .replace(/^[-—–]+\s*/, '')
    .replace(FILLERS_BUT_SO, '');
const FIRST_YOU = /^(you|you're|you've|you'd|your)\b(?! (will|can|could|should|might|may|must|need to|have to)\b)/;
/** "you" as the subject of a statement, not of an inverted question or an "if" clause. */
const YOU_SUBJECT =
  /(?<!\b(if|thank|do|are|can|would|could|have|did|will|when|unless) )\byou('re|'ve|'d| are| were| have| had| feel| felt| want| wanna| got| seem| said| mentioned| don't| didn't| can't| just| really| also| still| kind of| sort of| sound| need| like| love| enjoy| find| found| used| started| began| tried| decided| worry| care| value| see| saw| went| came| thought| believe| would like| wish| hope| know that| knew| think| realize| realise| realized| realised| notice| noticed| mean| meant| keep| kept| miss| missed| told| say)\b/;
const QUESTION_START = /^(what|how|why|when|where|who|which|do|does|did|is|are|can|could|would|will|have|has)\b/;
export const DIRECTIVES = [
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
];

const ACKNOWLEDGEMENT_ONLY = new Set(
  `okay ok yeah yes right good great mm hmm sure alright excellent wonderful perfect cool fine thanks thank you that
  that's is it very so oh wow really absolutely exactly true interesting i see nice no uh um huh mm-hmm uh-huh all`.split(
    /\s+/,
  ),
);
const words = (text: string) =>
  text
    .replace(/[^a-z' ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
/** "All right.", "Okay, great.": a sentence of acknowledgements only. */
const acknowledgementOnly = (lower: string) => words(lower).every((w) => ACKNOWLEDGEMENT_ONLY.has(w));
const CONTENT_STOP = new Set(
  `that this with have what your about they them there then just like really know think going because would could
  should their were been into more some from when yeah okay said it's that's don't didn't i'm you're`.split(/\s+/),
);

function bare(s: Sentence): string {
  return s.lower
    .trim()
    .replace(/^[-—–]+\s*/, '')
    .replace(FILLERS, '');
}

function contentWords(text: string): Set<string> {
  return new Set(
    (
      text
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .match(/[a-z']{4,}/g) ?? []
    ).filter((w) => !CONTENT_STOP.has(w)),
  );
}

const SELF_START = /^(i|i'm|i've|i'd|i was|my|me)\b/;
/** "I can imagine…", "I hear you…": the speaker as a listener, not a discloser. */
const SELF_STEM =
  /^i('m| am)? ?(can|understand|hear|see|get|know|sense|imagine|wonder|feel like you|think you|guess)\b|^i'm (sorry|hearing|getting)/;

/** Past this many words a statement with no question is a monologue rather than a turn. */
const MONOLOGUE_WORDS = 35;

export type ReflectionSignal =
  'stem' | 'so-you' | 'you-statement' | 'statement-question' | 'their-words' | 'continues-their-sentence';

export interface ReflectionResult {
  reflects: boolean;
  /** Which forms of reflection were found, for the explanation shown to the learner. */
  signals: ReflectionSignal[];
  /** The sentences or phrases that carry the reflection. */
  spans: Span[];
  /**
   * Reflective sentences even where the reply as a whole is coded otherwise (it goes on to ask
   * something new): the grader credits them, while `reflects` is the label a human coder gives.
   */
  candidates: Span[];
  directives: Span[];
  /** A statement of more than 35 words with no question: a monologue rather than a turn. */
  monologue: boolean;
  selfTalk: boolean;
}

export function detectReflection(reply: Analysis, context: Analysis, questions: readonly Question[]): ReflectionResult {
  // "What could you do?" asks; "you could…" in a statement, or "have you tried…?", tells.
  const asking = new Set(questions.filter((q) => q.form !== 'suggestion').map((q) => q.sentence.index));
  // "How do you feel after you drink?" asks about a feeling; "you feel" inside it says nothing back.
  const seeking = new Set(
    questions.filter((q) => !['suggestion', 'declarative', 'tag'].includes(q.form)).map((q) => q.sentence.index),
  );
  const stemIn = (s: Sentence) => {
    if (!seeking.has(s.index)) return findPhrases(s, STEMS).length > 0;
    if (findPhrases(s, CHECKS).length > 0) return true;
    // "It sounds like a lot, how are you coping?": a stem in a lead-in clause before the question still reflects.
    const leadIn = s.text.search(/[,;:—–]|\s-+\s/);
    return leadIn > 0 && !QUESTION_START.test(bare(s)) && findPhrases(s, STEMS).some((p) => p.start - s.start < leadIn);
  };
  const telling = reply.sentences.filter((s) => !asking.has(s.index));
  const directives = [...telling.flatMap(directivesTold), ...telling.flatMap(imperative)];
  const sentences = reply.sentences.map((s) => ({ s, b: bare(s) }));
  const selfTalk = sentences.some(({ b }) => /^(i|i'm|i've|i'd|we|let's|let me|my)\b/.test(b));
  const spans: Span[] = [];
  const signals = new Set<ReflectionSignal>();
  const add = (signal: ReflectionSignal, ...found: Span[]) => {
    signals.add(signal);
    spans.push(...found);
  };

  const courteous = (s: Sentence) =>
    findPhrases(s, NOT_REFLECTING).length +
      findPhrases(s, AFFIRMATIONS).length +
      findPhrases(s, CONTRADICTIONS).length >
    0;
  for (const { s, b } of sentences) {
    // "I hope you feel better soon" wishes; it does not say back what the partner feels.
    if (courteous(s) || /^(i )?(hope|wish)\b/.test(b)) continue;
    const stem = stemIn(s) || (!seeking.has(s.index) && FEELING_FRAME.test(s.lower));
    // "So you're…" opens a summary; "…, so you never know" draws a conclusion.
    const soYou = !stem && SO_YOU_START.test(opening(s));
    if (stem) add('stem', s);
    else if (soYou) add('so-you', s);
    else if (
      !s.isQuestion &&
      reply.words <= MONOLOGUE_WORDS &&
      countWords(s.terms) <= 15 &&
      SO_SUMMARY.test(opening(s))
    )
      add('so-you', s);
    else if (findPhrases(s, PREDICTIONS).length) continue;
    else if (FIRST_YOU.test(b) && !/^thank/.test(b)) add('you-statement', s);
    else if (YOU_SUBJECT.test(b) && !(s.isQuestion && QUESTION_START.test(b))) add('you-statement', s);
  }
  // A question that only states something back ("you're moving house?") is a reflection.
  if (questions.length > 0 && questions.every((q) => q.form === 'declarative' || q.form === 'tag')) {
    add('statement-question', ...questions.map((q) => q.sentence));
  }
  const partner = contentWords(context.text);
  const overlap = [...contentWords(reply.text)].filter((w) => partner.has(w)).length;
  // Praise and pleasantries that happen to reuse the partner's words are still praise and pleasantries.
  const onlyCourtesy = reply.sentences.every((s) => courteous(s) || acknowledgementOnly(s.lower));
  // A restatement is a short statement: a long reply, or a question, that reuses two words does something else.
  // Reusing their words to tell them they are wrong restates nothing.
  const contradicts = reply.sentences.some((s) => findPhrases(s, CONTRADICTIONS).length > 0);
  const restates = overlap >= 2 && questions.length === 0 && reply.words <= MONOLOGUE_WORDS && !contradicts;
  if (restates && spans.length === 0 && !onlyCourtesy) add('their-words', ...reply.sentences.slice(0, 1));
  // "A flat with Marcus on Friday and a bank that wants a letter: …" One statement that gathers several
  // of their words restates them, however long the reply around it.
  if (spans.length === 0 && !contradicts) {
    const gathers = sentences.find(
      ({ s, b }) =>
        !s.isQuestion &&
        !courteous(s) &&
        !SELF_START.test(b) &&
        countWords(s.terms) <= 40 &&
        [...contentWords(s.text)].filter((w) => partner.has(w)).length >= 3,
    );
    if (gathers && directives.every((d) => d.start !== gathers.s.start)) add('their-words', gathers.s);
  }

  // "Especially in the church." A short phrase that picks up the partner's words or finishes their sentence.
  const core = words(reply.text.toLowerCase().replace(FILLERS, ''));
  const continues = /(-|—|–|\.\.\.|…)\s*$/.test(context.text.trim()) || context.words <= 3;
  const fragment =
    core.length >= 2 &&
    core.length <= 8 &&
    !reply.text.includes('?') &&
    !selfTalk &&
    !onlyCourtesy &&
    !contradicts &&
    !acknowledgementOnly(core.join(' ')) &&
    context.text.trim().length > 0 &&
    (overlap >= 1 || continues);
  if (fragment && spans.length === 0) add('continues-their-sentence', ...reply.sentences);

  const asksSomethingNew = questions.some(
    (q) => q.form !== 'declarative' && q.form !== 'tag' && !CHECK_QUESTION.test(bare(q.sentence)),
  );
  const stemmed = reply.sentences.some((s) => stemIn(s) || SO_YOU_START.test(opening(s)));
  const tooShort = reply.text.trim().split(/\s+/).length <= 2;
  // "I had the same last year. …": a reply mostly about oneself is a self-disclosure, whatever else it says.
  const aboutSelf = sentences.filter(({ b }) => SELF_START.test(b) && !SELF_STEM.test(b)).length;
  const disclosure = aboutSelf * 2 > sentences.length;
  const reflects =
    spans.length > 0 && !(asksSomethingNew && !stemmed) && !tooShort && directives.length === 0 && !disclosure;
  const monologue = reply.words > MONOLOGUE_WORDS && questions.length === 0;
  return {
    reflects,
    signals: reflects ? [...signals] : [],
    spans: reflects ? dedupe(spans) : [],
    candidates: directives.length === 0 ? dedupe(spans) : [],
    directives,
    monologue,
    selfTalk,
  };
}

/** Directive phrases, except those a reflective stem reports ("it sounds like you have to decide"). */
function directivesTold(s: Sentence): Span[] {
  const frames = [
    ...findPhrases(s, STEMS),
    ...(SO_YOU.test(s.lower) ? [{ start: s.start + s.plain.search(SO_YOU) }] : []),
  ];
  return findPhrases(s, DIRECTIVES).filter((d) => !frames.some((f) => f.start <= d.start));
}

const LEAD_IN = new Set([...DISCOURSE_MARKERS, 'just', 'please']);
/** Verbs that open a sentence without telling the partner what to do ("thank you", "tell me more", "see?"). */
const NOT_ORDERS = new Set(
  `thank thanks see guess hope mind sound describe explain imagine wonder know love like feel
  think agree bet bless welcome sorry hang congratulate congratulation enjoy cause 'cause cool`.split(/\s+/),
);
const OBJECT = /^(to|your|yourself|the|them|her|him|it|this|that|these|those|some|up|out|with|about|me|us|more|less)$/;
/** "Tell me more", "talk to me", "say more": these ask the partner to go on; "tell her", "talk to them" advise. */
const ELICITING = new Set(['tell', 'talk', 'say', 'walk']);
const TO_THE_SPEAKER = /^(me|us|more|a bit|a little|to me|to us|through|with me|with us)\b/;

/**
 * An order: a sentence that opens with a verb in its base form and no subject ("Try a walk first",
 * "Don't let it get to you"). Elicitations ("tell me more") and courtesies ("thank you") are not orders.
 */
function imperative(s: Sentence): Span[] {
  const words = s.terms.filter((t) => /\p{L}/u.test(t.text));
  let i = 0;
  while (i < words.length - 1 && LEAD_IN.has(words[i]!.normal)) i++;
  // "Don't…": wink splits it into "do" + "n't"; a chat "dont" stays one word.
  if (words[i]?.normal === 'dont') i += 1;
  else if (words[i]?.normal === 'do' && /^(n't|not)$/.test(words[i + 1]?.normal ?? '')) i += 2;
  const verb = words[i];
  if (!verb) return [];
  // The tagger often reads a first verb as a noun or a name ("Talk to your manager", "Use this time"). With
  // the subject an order leaves out put back ("you talk to…"), it reads the verb as a verb.
  const misread =
    !verb.tags.has('Verb') &&
    (verb.tags.has('Noun') || verb.tags.has('ProperNoun')) &&
    OBJECT.test(words[i + 1]?.normal ?? '') &&
    // "People with anxiety often feel this": a verb of its own later on shows the first word was its subject.
    !predicateFollows(s.terms, s.terms.indexOf(words[i + 1]!) + 1) &&
    analyse(['you', ...words.slice(i, i + 5).map((w) => w.normal)].join(' ')).terms[1]!.tags.has('Verb');
  if ((!verb.tags.has('Verb') && !misread) || verb.tags.has('Auxiliary')) return [];
  if (verb.normal !== verb.root || NOT_ORDERS.has(verb.root)) return [];
  const rest = words
    .slice(i + 1, i + 3)
    .map((w) => w.normal)
    .join(' ');
  if (ELICITING.has(verb.root) && (rest === '' || TO_THE_SPEAKER.test(rest))) return [];
  // "Let me ask", "let's see" propose; "let it go" orders.
  if (verb.root === 'let' && ['me', 'us', "'s"].includes(words[i + 1]?.normal ?? '')) return [];
  // One word ("Cool.") is too little to tell; a verb after it ("sugar builds up") shows it was a noun.
  const next = words[i + 1];
  if (!next || next.tags.has('Auxiliary') || (next.tags.has('Verb') && next.normal.endsWith('s'))) return [];
  return [{ start: s.start, end: s.end, text: s.text }];
}

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

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)));
}

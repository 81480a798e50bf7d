/**
 * The lexicon: word lists and word-level tests that several concerns share, each written once
 * (leading fillers, self-reference, content words, picking up the partner's words). Rules and
 * detectors import these; the lexicon imports only the text layer.
 */
import { straight, type Sentence, type Term } from './text';

// ---- words that open a sentence without saying what it does --------------------------------

/**
 * Discourse markers, interjections and back-channels: "Okay, so, um, well…". Stripped from the start
 * of a sentence before its first real word is read.
 */
export const DISCOURSE_MARKERS: readonly string[] = `so and but well okay ok oh right now yeah yes sure hey hmm hm
  ah um uh erm er mm mhm mm-hmm uh-huh alright all_right`
  .split(/\s+/)
  .map((w) => w.replace('_', ' '));
/** Greetings and exclamations that open a sentence: "Hi,", "Wow,", "Great,". */
export const EXCLAMATIONS: readonly string[] = [
  'hi',
  'hello',
  'i see',
  'great',
  'good',
  'fine',
  'cool',
  'absolutely',
  'exactly',
  'wow',
  'gosh',
];
export const INTERJECTIONS: readonly string[] = [...DISCOURSE_MARKERS, ...EXCLAMATIONS];
/**
 * Words that continue a turn ("or is it…", "then talk to her", "just try…"). A clause read for its
 * grammar (is it a question? an order?) skips them too; a sentence read for what it reflects does not,
 * since "then you walk in…" narrates rather than says back.
 */
export const CONTINUATIONS: readonly string[] = ['or', 'then', 'also', 'just', 'like', 'actually', 'anyway'];
const INTERJECTION_SET = new Set(INTERJECTIONS);
const LEADING_SET = new Set([...INTERJECTIONS, ...CONTINUATIONS]);
export const isInterjection = (word: string): boolean => INTERJECTION_SET.has(word);
const MARKER_SET = new Set(DISCOURSE_MARKERS);
export const isDiscourseMarker = (word: string): boolean => MARKER_SET.has(word);
/** An interjection or a continuation: what a clause read for its grammar skips. */
export const isLeadingFiller = (word: string): boolean => LEADING_SET.has(word);

const fillerRun = (words: readonly string[]) =>
  new RegExp(`^((${words.map((w) => w.replace(/[-]/g, '\\-')).join('|')})[,.!]*\\s+)*`);
const LEADING_RUN = fillerRun(INTERJECTIONS);
const LEADING_RUN_BUT_SO = fillerRun(INTERJECTIONS.filter((w) => w !== 'so'));

const bares = new WeakMap<Sentence, string>();
const openings = new WeakMap<Sentence, string>();

/** The sentence in lower case without a leading dash and leading fillers ("Okay, so you're…" → "you're…"). */
export function bare(s: Sentence): string {
  let b = bares.get(s);
  if (b === undefined) bares.set(s, (b = bareOf(s)));
  return b;
}

function bareOf(s: Sentence): string {
  return s.lower
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(LEADING_RUN, '');
}

/** As `bare`, but keeping a leading "so", which opens a summary ("so you're…"). */
export function opening(s: Sentence): string {
  let o = openings.get(s);
  if (o === undefined) openings.set(s, (o = openingOf(s)));
  return o;
}

function openingOf(s: Sentence): string {
  return s.lower
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(LEADING_RUN_BUT_SO, '');
}

/** Lower-case words of a text, letters and apostrophes only. */
export function plainWords(lowerText: string): string[] {
  return lowerText
    .replace(/[^a-z' ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The text without leading fillers, as plain words. */
export function coreWords(text: string): string[] {
  return plainWords(straight(text).toLowerCase().replace(LEADING_RUN, ''));
}

// ---- acknowledgement -------------------------------------------------------------------------

/** Words that, alone, only acknowledge: "All right.", "Okay, great.", "Wow, really?". */
const ACKNOWLEDGEMENT_WORDS = new Set(
  `okay ok yeah yes right good great mm hmm sure alright excellent wonderful perfect cool fine thanks thank you that
  that's is it very so oh wow really absolutely exactly true interesting i see nice no uh um huh mm-hmm uh-huh all`.split(
    /\s+/,
  ),
);
/** A sentence of acknowledgements only. */
export const acknowledgementOnly = (lower: string): boolean =>
  plainWords(lower).every((w) => ACKNOWLEDGEMENT_WORDS.has(w));

// ---- self-reference ----------------------------------------------------------------------------

const SELF = /^(i|i'm|i've|i'd|my|me)\b/;
const US = /^(we|let's|let me)\b/;
const CONTINUATION_RUN = new RegExp(`^((${CONTINUATIONS.join('|')})[,.!]*\\s+)*`);
/** A sentence about the speaker: it opens, after fillers and continuations ("then I realised…"), with I, my or me. */
export const aboutSelf = (s: Sentence): boolean => SELF.test(bare(s).replace(CONTINUATION_RUN, ''));
/** A sentence about the speaker or the speaker's side ("we", "let's", "let me"). */
export const aboutSpeaker = (s: Sentence): boolean => SELF.test(bare(s)) || US.test(bare(s));
/** "I can imagine…", "I hear you…": the speaker as a listener, not a discloser. */
export const SPEAKER_AS_LISTENER =
  /^i('m| am)? ?(can|understand|hear|see|get|know|sense|imagine|wonder|feel like you|think you|guess)\b|^i'm (sorry|hearing|getting)/;
/** The partner addressed: you, your, you're, you've. */
export const mentionsPartner = (text: string): boolean => /\byou(r|'re|'ve)?\b/i.test(text);

// ---- feelings --------------------------------------------------------------------------------

/**
 * Feelings and stakes a listener can name ("frustrating", "a lot", "let down"). Shared: listening
 * credits naming one, reflection reads "sounds exhausting" as a reflection, clarity lets an intensifier
 * on one stand ("really pleased"), and suggestions pick one up from the partner's line.
 */
export const FEELING_WORDS: readonly string[] = [
  'frustrated',
  'frustrating',
  'worried',
  'worrying',
  'stressed',
  'stressful',
  'overwhelmed',
  'overwhelming',
  'disappointed',
  'disappointing',
  'anxious',
  'nervous',
  'annoyed',
  'annoying',
  'upset',
  'hurt',
  'angry',
  'excited',
  'exciting',
  'proud',
  'relieved',
  'thrilled',
  'glad',
  'happy',
  'pleased',
  'tired',
  'exhausted',
  'exhausting',
  'draining',
  'unsure',
  'uncertain',
  'concerned',
  'confused',
  'confusing',
  'embarrassed',
  'awkward',
  'uncomfortable',
  'tough',
  'hard',
  'difficult',
  'challenging',
  'rewarding',
  'satisfying',
  'lonely',
  'isolated',
  'pressure',
  'pressured',
  'stuck',
  'discouraged',
  'hopeful',
  'sceptical',
  'skeptical',
  'wary',
  'torn',
  'fed up',
  'a lot',
  'scary',
  'scared',
  'afraid',
  'let down',
  'blindsided',
  'caught off guard',
  'unfair',
  'not fair',
  'maddening',
  'infuriating',
  'gutting',
  'gutted',
  'heartbreaking',
  'brutal',
  'rough',
  'heavy',
  'painful',
  'terrifying',
  'demoralising',
  'demoralizing',
  'humiliating',
  'thankless',
  'nerve-wracking',
  'daunting',
  'drained',
  'burnt out',
  'burned out',
  'ambushed',
  'undermined',
  'overlooked',
  'unappreciated',
  'guilty',
  'ashamed',
  'helpless',
  'powerless',
  'furious',
  'devastated',
  'shaken',
];

// ---- overriding -------------------------------------------------------------------------------

/**
 * Overriding the partner: ultimatums, threats and decisions closed to discussion. Shared: listening
 * counts them against hearing the partner out, common ground against looking for shared interests.
 */
export const OVERRIDES: readonly string[] = [
  'whether you like it or not',
  'like it or not',
  'or else',
  "or we'll",
  'or we will',
  "or i'll",
  'or i will',
  'or there will be',
  'or you can',
  'not up for discussion',
  'not up for debate',
  'not negotiable',
  'non-negotiable',
  'end of discussion',
  'end of story',
  'final decision',
  'the decision is made',
  "the decision's made",
  'decision has been made',
  "it's happening",
  'it is happening',
  "that's how it is",
  "that's just how it is",
  'take it or leave it',
  "i don't want to hear",
  "i don't care",
  'stop complaining',
  'deal with it',
  'get on with it',
  'whether this role is right',
  'right fit for this role',
  'escalate this',
  "i'll escalate",
  'go over your head',
  'formal warning',
  'disciplinary',
  'consequences',
];

// ---- content words -----------------------------------------------------------------------------

const SURFACE_STOP = new Set(
  `that this with have what your about they them there then just like really know think going because would could
  should their were been into more some from when yeah okay said it's that's don't didn't i'm you're`.split(/\s+/),
);
/** Surface words of four letters or more that carry content: a quick overlap between two texts. */
export function surfaceContentWords(text: string): Set<string> {
  return new Set(
    (
      straight(text)
        .toLowerCase()
        .match(/[a-z']{4,}/g) ?? []
    ).filter((w) => !SURFACE_STOP.has(w)),
  );
}

const STOP_ROOTS = new Set(
  `a an the and or but if so of to in on at by for with about from into over after before than then that this these those
  it its it's i i'm i've me my mine we our us you your yours he she him her his they them their is are was were be been being
  do does did have has had will would can could should may might must shall just really very quite also too not no yes
  what how why when where who which there here get got go going gone make made know think thing things lot bit well
  oh okay ok yeah hi hello thanks thank sorry one some any all more most much many`.split(/\s+/),
);
/**
 * Verbs so common that saying one again shows nothing: "it ran long" and "I run operations" share
 * a lemma, not a topic.
 */
const LIGHT_VERBS = new Set(`run take come look give put keep let seem set turn hold bring`.split(/\s+/));

/** Noun, verb or adjective: names and numbers count as nouns. */
function wordClass(t: Term): string {
  if (t.tags.has('Verb')) return 'verb';
  if (t.tags.has('Adjective')) return 'adjective';
  return 'noun';
}

export function isContentTerm(t: Term): boolean {
  if (t.root.length < 3 || STOP_ROOTS.has(t.root) || STOP_ROOTS.has(t.normal)) return false;
  if (t.tags.has('Verb') && LIGHT_VERBS.has(t.root)) return false;
  if (t.tags.has('Pronoun') || t.tags.has('Auxiliary') || t.tags.has('Determiner')) return false;
  return t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Adjective') || t.tags.has('Value');
}

/**
 * The reply's content words that pick up the partner's: the same lemma in the same sense, so
 * "the work" does not pick up "getting it working".
 */
export function pickedUp(reply: readonly Term[], partner: readonly Term[]): Term[] {
  const senses = new Map<string, Set<string>>();
  for (const t of partner) {
    if (isContentTerm(t)) senses.set(t.root, (senses.get(t.root) ?? new Set()).add(wordClass(t)));
  }
  return reply.filter((t) => isContentTerm(t) && senses.get(t.root)?.has(wordClass(t)));
}

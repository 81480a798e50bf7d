/** Words that open a sentence without saying what it does, and the sentence read without them. */
import { straight, type Sentence } from '../text';

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
/** An answer's usual first words: "Yes, …", "No, …", "I …", "It was …". */
export const ANSWER_START =
  /^(yes|yeah|no|not|sure|honestly|i|i'm|i've|we|it|it's|that|they|because|mostly|partly|probably)\b/;
/** A request for an account, which asks as a question does: "Walk me through what happened", "Tell me about it". */
export const ELICITATION =
  /^(walk me through|talk me through|take me through|tell me|explain|help me understand|remind me)\b/;
/** A courtesy that opens a reply before its answer: "Thanks for asking!", "Good question." */
export const COURTESY_FIRST = /^(thanks|thank you|good question|great question)\b/;
const LEADING_SET = new Set([...INTERJECTIONS, ...CONTINUATIONS]);
const MARKER_SET = new Set(DISCOURSE_MARKERS);
export const isDiscourseMarker = (word: string): boolean => MARKER_SET.has(word);
/** An interjection or a continuation: what a clause read for its grammar skips. */
export const isLeadingFiller = (word: string): boolean => LEADING_SET.has(word);

const fillerRun = (words: readonly string[]) =>
  new RegExp(`^((${words.map((w) => w.replace(/[-]/g, '\\-')).join('|')})[,.!]*\\s+)*`);
const LEADING_RUN = fillerRun(INTERJECTIONS);
const LEADING_RUN_BUT_SO = fillerRun(INTERJECTIONS.filter((w) => w !== 'so'));

/** The sentence in lower case without leading punctuation and a run of fillers, read once per sentence. */
function stripper(run: RegExp): (s: Sentence) => string {
  const seen = new WeakMap<Sentence, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      out = s.lower
        .trim()
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(run, '');
      seen.set(s, out);
    }
    return out;
  };
}

/** The sentence in lower case without a leading dash and leading fillers ("Okay, so you're…" → "you're…"). */
export const bare = stripper(LEADING_RUN);

/** As `bare`, but keeping a leading "so", which opens a summary ("so you're…"). */
export const opening = stripper(LEADING_RUN_BUT_SO);

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

/** Acknowledgement words, and who a sentence is about: the speaker or the partner. */
import type { Sentence } from '../text';
import { bare, CONTINUATIONS, plainWords } from './openers';

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

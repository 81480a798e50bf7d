import { findPhrases, type Analysis, type Span } from '../text';
import { FEELINGS } from './feelings';
import { label, type Finding } from './finding';

export const LONG_SENTENCE_WORDS = 30;

const INTENSIFIERS = new Set(['really', 'very', 'so', 'totally', 'super']);
const WARM = new Set([...FEELINGS, 'pleased', 'sorry', 'grateful', 'thankful', 'impressed', 'sad', 'thrilled']);
/** "I'm really pleased for you": an intensifier on a feeling says how much, it is not filler. */
function intensifiesFeeling(text: string, f: Span): boolean {
  if (!INTENSIFIERS.has(f.text.toLowerCase())) return false;
  const next = /^\s+([\p{L}']+)/u.exec(text.slice(f.end))?.[1]?.toLowerCase() ?? '';
  return WARM.has(next);
}

const HEDGES = [
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
];
const FILLERS = [
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
];
const WEASELS = [
  'many people say',
  'some people',
  'it is said',
  'studies show',
  'everyone knows',
  'arguably',
  'various',
  'a number of',
];
const WORDY = [
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
];
const JARGON = [
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
  'going forward',
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
];

export interface ClarityFindings {
  findings: Finding[];
  repeatedSentences: number;
}

/** Sentence-level clarity flags; a short reply is judged by its sentences, not a readability score. */
export function detectClarity(reply: Analysis, band?: { min: number; max: number }): ClarityFindings {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let repeatedSentences = 0;
  for (const s of reply.sentences) {
    const words = s.terms.filter((t) => /\p{L}|\p{N}/u.test(t.text)).length;
    if (words > LONG_SENTENCE_WORDS) findings.push({ ...s, label: 'long_sentence' });
    findings.push(...label(findPhrases(s, HEDGES), 'hedge'));
    findings.push(
      ...label(
        findPhrases(s, FILLERS).filter((f) => !intensifiesFeeling(reply.text, f)),
        'filler',
      ),
    );
    findings.push(...label(findPhrases(s, WEASELS), 'weasel'));
    findings.push(...label(findPhrases(s, WORDY), 'wordy'));
    findings.push(...label(findPhrases(s, JARGON), 'jargon'));
    // analyse() tags the auxiliary of a passive verb phrase ("was sent") as Passive.
    if (s.terms.some((t) => t.tags.has('Passive'))) findings.push({ ...s, label: 'passive' });
    const key = s.lower.replace(/[^\p{L}\p{N} ]/gu, '').trim();
    if (key && seen.has(key)) {
      repeatedSentences += 1;
      findings.push({ ...s, label: 'wordy' });
    }
    seen.add(key);
  }
  // Only too long: padding a short reply must never improve it, and brevity is not unclear.
  if (band && reply.words > band.max) {
    findings.push({ start: 0, end: reply.text.length, text: reply.text, label: 'length_out_of_band' });
  }
  return { findings, repeatedSentences };
}

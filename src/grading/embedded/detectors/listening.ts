import { findPhrases, openingWords, pickedUp, type Analysis, type Span } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';
import { CONTRADICTIONS, detectReflection, type ReflectionResult } from './reflection';
import { FEELINGS } from './feelings';

const ACKNOWLEDGEMENTS = [
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
];

const DISMISSING = [
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
];

const SELF_SHIFT = [
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
];

export interface ListeningFindings {
  findings: Finding[];
  /** Content words of the partner's line that the reply picked up. */
  reusedRoots: Set<string>;
  reflection: ReflectionResult;
}

/** Listening signals, positive and negative, in a reply to `context`. */
export function detectListening(reply: Analysis, context: Analysis, questions: readonly Question[]): ListeningFindings {
  const findings: Finding[] = [];
  const reusedRoots = new Set<string>();
  for (const t of pickedUp(reply.terms, context.terms)) {
    reusedRoots.add(t.root);
    findings.push({ start: t.start, end: t.end, text: t.text, label: 'reuses_partner_words' });
  }

  const reflection = detectReflection(reply, context, questions);
  findings.push(...label(reflection.candidates, 'reflects'));
  findings.push(...label(reflection.directives, 'advice_first'));
  const reflecting = new Set(reflection.candidates.map((s) => s.start));

  for (const s of reply.sentences) {
    const feelings = findPhrases(s, FEELINGS);
    const aboutPartner = reflecting.has(s.start) || /\byou|\byour|\bthat\b|\bit\b|\bthis\b/i.test(s.text);
    if (feelings.length && aboutPartner) findings.push(...label(feelings, 'names_feeling'));

    findings.push(...label(findPhrases(s, ACKNOWLEDGEMENTS), 'acknowledges'));
    findings.push(...label([...findPhrases(s, DISMISSING), ...findPhrases(s, CONTRADICTIONS)], 'dismisses'));
    findings.push(...label(findPhrases(s, SELF_SHIFT), 'shifts_to_self'));
  }

  // A reply that is mostly about oneself, with nothing picked up from the partner, shifts the topic.
  const selfSentences = reply.sentences.filter((s) => /^(i|i'm|i've|i'd|my|me)$/.test(openingWords(s, 1)[0] ?? ''));
  const mentionsPartner = /\byou(r|'re|'ve)?\b/i.test(reply.text);
  if (
    selfSentences.length >= 2 &&
    selfSentences.length / reply.sentences.length >= 0.6 &&
    !mentionsPartner &&
    reusedRoots.size === 0
  ) {
    findings.push(...label(selfSentences.slice(0, 1) as Span[], 'shifts_to_self'));
  }
  return { findings, reusedRoots, reflection };
}

import { aboutSelf, isContentTerm, mentionsPartner, pickedUp } from '../lexicon';
import {
  closure,
  contradiction,
  dismissing,
  minimising,
  overriding,
  pushback,
  sarcasm,
  selfShift,
  tautology,
  verdict,
} from '../rules/dismissal';
import { personLabel } from '../rules/feedback';
import { namedFeeling } from '../rules/feelings';
import { acknowledgement, takenOnBoard, theirNeed, theirView, validation } from '../rules/acknowledgement';
import { fires, spans } from '../rules/rule';
import { countWords, straight, type Analysis, type Span } from '../text';
import { label, type Finding } from './finding';
import type { Question } from './questions';
import { detectReflection, type ReflectionResult } from './reflection';

export interface ListeningFindings {
  findings: Finding[];
  /** Content words of the partner's line that the reply picked up. */
  reusedRoots: Set<string>;
  reflection: ReflectionResult;
  /** The reply takes their point on ("thanks for flagging", "that's helpful"): it answers what they raised. */
  takesOnBoard: boolean;
  /** Stem-framed sentences, where they are stacked three deep or one stem is said twice: stock phrases. */
  stockStems: Span[];
  /**
   * Statements that validate them or see it from where they stand with something of theirs in the same sentence
   * ("I know that hurts with wages due on Thursday"): an acknowledgement of what they said, not a formula.
   */
  groundedAcknowledgements: Span[];
  /** The acknowledgements that see it from where they stand, with their words: never a stock phrase. */
  theirViews: Span[];
}

/** How many stem-framed sentences make a reply padded with stock phrases rather than a reflection and a check. */
export const STOCK_STEMS = 3;

/**
 * "It sounds like… That must be… What I'm hearing is…", or "What I'm hearing is… What I'm hearing is…": stems
 * stacked three deep or one said twice say "I heard you" instead of what was heard.
 */
function stockPhrases(stemmed: readonly Span[]): Span[] {
  const openings = stemmed.map((st) => st.text.toLowerCase().split(/\s+/).slice(0, 3).join(' '));
  const repeated = new Set(openings).size < openings.length;
  return stemmed.length >= STOCK_STEMS || repeated ? [...stemmed] : [];
}

const ABOUT_THEM = /\byou|\byour|\bthat\b|\bit\b|\bthis\b/i;

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
    // A feeling counts when the sentence is about the partner or their situation.
    const feelings = spans(namedFeeling, s);
    if (feelings.length && (reflecting.has(s.start) || ABOUT_THEM.test(s.text)))
      findings.push(...label(feelings, 'names_feeling'));
    findings.push(
      ...label([...spans(acknowledgement, s), ...spans(validation, s), ...spans(theirNeed, s)], 'acknowledges'),
    );
    findings.push(
      ...label(
        [
          ...spans(dismissing, s),
          ...spans(contradiction, s),
          ...spans(pushback, s),
          ...spans(minimising, s),
          ...spans(verdict, s),
          ...spans(tautology, s),
          ...spans(sarcasm, s),
          // A label about the person ("you're careless") answers them with a verdict.
          ...spans(personLabel, s),
        ],
        'dismisses',
      ),
    );
    findings.push(...label([...spans(overriding, s), ...spans(closure, s)], 'overrides'));
    findings.push(...label(spans(selfShift, s), 'shifts_to_self'));
  }

  // A reply that is mostly about oneself, with nothing picked up from the partner, shifts the topic.
  const selfSentences = reply.sentences.filter(aboutSelf);
  if (
    selfSentences.length >= 2 &&
    selfSentences.length / reply.sentences.length >= 0.6 &&
    !mentionsPartner(reply.text) &&
    reusedRoots.size === 0
  ) {
    findings.push(...label(selfSentences.slice(0, 1), 'shifts_to_self'));
  }
  // Listening phrases with nothing of theirs said back: several stems, or a stem that dismisses, with
  // none of the partner's words picked up.
  const stems = reflection.candidates.filter((c) => reflection.stemmed.some((s) => s.start === c.start));
  const dismissive = findings.some((f) => f.label === 'dismisses' || f.label === 'overrides');
  // A short stem sentence with nothing specific in it ("That sounds like a big change.") fits any line.
  const generic = stems.filter((st) => {
    const terms = reply.terms.filter((t) => t.start >= st.start && t.end <= st.end);
    return countWords(terms) <= 8 && !terms.some((t) => t.tags.has('ProperNoun') || t.tags.has('Value'));
  });
  if (reusedRoots.size === 0 && (stems.length >= 2 || (stems.length >= 1 && dismissive) || generic.length > 0))
    findings.push(...label(stems, 'hollow_reflection'));
  // Stems stacked up, or one said twice, are a formula whatever words of theirs they carry: stem stuffing.
  const stockStems = stockPhrases(reflection.stemmed);
  if (stockStems.length && reusedRoots.size > 0) findings.push(...label(stockStems, 'hollow_reflection'));
  const takesOnBoard = reply.sentences.some((s) => spans(takenOnBoard, s).length > 0);
  // Their words in it: a name, a thing or a number of theirs (a verb of theirs, "know" or "want", is too light).
  const theirs = pickedUp(reply.terms, context.terms).filter((t) => !t.tags.has('Verb'));
  // A line with nothing of substance to pick up ("Forget I asked. I'll find out with everyone else.") is answered by
  // an acknowledgement addressed to them ("that's not fair to you").
  const thin = !context.terms.some((t) => isContentTerm(t) && !t.tags.has('Verb'));
  const groundedAcknowledgements = reply.sentences.filter(
    (s) =>
      !s.isQuestion &&
      (fires(theirView, s) || fires(validation, s)) &&
      (theirs.some((t) => t.start >= s.start && t.end <= s.end) ||
        quotesThem(s.text, context.text) ||
        (thin && mentionsPartner(s.text))),
  );
  // Seeing it from where they stand counts as an acknowledgement where it carries their words.
  const theirViews = groundedAcknowledgements.flatMap((s) => spans(theirView, s));
  findings.push(...label(theirViews, 'acknowledges'));
  return { findings, reusedRoots, reflection, takesOnBoard, stockStems, groundedAcknowledgements, theirViews };
}

const squash = (text: string) =>
  straight(text)
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A sentence that quotes two or more of their words as they said them: "'I'll get there' sounds a bit unsure". */
function quotesThem(sentence: string, partner: string): boolean {
  const said = squash(partner);
  return [
    ...straight(sentence).matchAll(/(?:^|[\s(])["']((?:[^"']|(?<=\p{L})'(?=\p{L})){3,80})["'](?=[\s.,;:!?)]|$)/gu),
  ].some((m) => {
    const quoted = squash(m[1]!);
    return quoted.split(' ').length >= 2 && said.includes(quoted);
  });
}

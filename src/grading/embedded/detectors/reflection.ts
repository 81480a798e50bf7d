/**
 * Reflections: saying back what the partner said or meant. A reflective stem, a "so you…" summary,
 * a statement about the partner, a question that only states something back ("you're moving
 * house?"), a short statement that reuses their words, or a phrase that finishes their sentence.
 * Questions that ask something new, advice, courtesies and talk about oneself are not reflections.
 * Whether a reflection is deep is for a person (or the LLM).
 */
import {
  aboutSelf,
  aboutSpeaker,
  acknowledgementOnly,
  bare,
  coreWords,
  SPEAKER_AS_LISTENER,
  surfaceContentWords,
} from '../lexicon';
import { affirmation, courtesy, prediction } from '../rules/courtesy';
import { contradiction } from '../rules/dismissal';
import {
  checkingStem,
  checkQuestion,
  feelingFrame,
  soSummary,
  soYou,
  stem,
  youFirst,
  youSubject,
} from '../rules/reflection';
import { fires, spans as ruleSpans } from '../rules/rule';
import { countWords, dedupeSpans, type Analysis, type Sentence, type Span } from '../text';
import { detectAdvice } from './advice';
import type { Question } from './questions';

/** Past this many words a statement is too long to be a restatement of what they said. */
export const MONOLOGUE_WORDS = 35;
/**
 * Past this many words a written reply that asks nothing is a monologue: a chat or an email of forty words
 * that admits a mistake or closes warmly is a turn, not a lecture (and AnnoMI's conversation AUC rises with it).
 */
export const LECTURE_WORDS = 60;
const QUESTION_START = /^(what|how|why|when|where|who|which|do|does|did|is|are|can|could|would|will|have|has)\b/;

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
  /** The sentences framed by a reflective stem or "so you…". */
  stemmed: Span[];
  /** A statement of more than 60 words with no question: a monologue rather than a turn. */
  monologue: boolean;
  selfTalk: boolean;
}

/** Courtesies, affirmations and contradictions say something other than what was heard. */
const courteous = (s: Sentence) => fires(courtesy, s) || fires(affirmation, s) || fires(contradiction, s);

export function detectReflection(reply: Analysis, context: Analysis, questions: readonly Question[]): ReflectionResult {
  // "How do you feel after you drink?" asks about a feeling; "you feel" inside it says nothing back.
  const seeking = new Set(
    questions.filter((q) => !['suggestion', 'declarative', 'tag'].includes(q.form)).map((q) => q.sentence.index),
  );
  const stemIn = (s: Sentence) => {
    if (!seeking.has(s.index)) return fires(stem, s);
    if (fires(checkingStem, s)) return true;
    // "It sounds like a lot, how are you coping?": a stem in a lead-in clause before the question still reflects.
    const leadIn = s.text.search(/[,;:—–]|\s-+\s/);
    return leadIn > 0 && !QUESTION_START.test(bare(s)) && ruleSpans(stem, s).some((p) => p.start - s.start < leadIn);
  };
  const directives = detectAdvice(reply, questions);
  const selfTalk = reply.sentences.some(aboutSpeaker);
  const spans: Span[] = [];
  const signals = new Set<ReflectionSignal>();
  const add = (signal: ReflectionSignal, ...found: Span[]) => {
    signals.add(signal);
    spans.push(...found);
  };

  for (const s of reply.sentences) {
    const b = bare(s);
    // "I hope you feel better soon" wishes; it does not say back what the partner feels.
    if (courteous(s) || /^(i )?(hope|wish)\b/.test(b)) continue;
    if (stemIn(s) || (!seeking.has(s.index) && fires(feelingFrame, s))) add('stem', s);
    else if (fires(soYou, s)) add('so-you', s);
    else if (!s.isQuestion && reply.words <= MONOLOGUE_WORDS && countWords(s.terms) <= 15 && fires(soSummary, s))
      add('so-you', s);
    else if (fires(prediction, s)) continue;
    else if (fires(youFirst, s) && !/^thank/.test(b)) add('you-statement', s);
    else if (fires(youSubject, s) && !(s.isQuestion && QUESTION_START.test(b))) add('you-statement', s);
  }
  // A question that only states something back ("you're moving house?") is a reflection.
  if (questions.length > 0 && questions.every((q) => q.form === 'declarative' || q.form === 'tag')) {
    add('statement-question', ...questions.map((q) => q.sentence));
  }
  const partner = surfaceContentWords(context.text);
  const overlap = [...surfaceContentWords(reply.text)].filter((w) => partner.has(w)).length;
  // Praise and pleasantries that happen to reuse the partner's words are still praise and pleasantries.
  const onlyCourtesy = reply.sentences.every((s) => courteous(s) || acknowledgementOnly(s.lower));
  // Reusing their words to tell them they are wrong restates nothing.
  const contradicts = reply.sentences.some((s) => fires(contradiction, s));
  // A restatement is a short statement: a long reply, or a question, that reuses two words does something else.
  const restates = overlap >= 2 && questions.length === 0 && reply.words <= MONOLOGUE_WORDS && !contradicts;
  if (restates && spans.length === 0 && !onlyCourtesy) add('their-words', ...reply.sentences.slice(0, 1));
  // "A flat with Marcus on Friday and a bank that wants a letter: …" One statement that gathers several
  // of their words restates them, however long the reply around it.
  if (spans.length === 0 && !contradicts) {
    const gathers = reply.sentences.find(
      (s) =>
        !s.isQuestion &&
        !courteous(s) &&
        !aboutSelf(s) &&
        countWords(s.terms) <= 40 &&
        [...surfaceContentWords(s.text)].filter((w) => partner.has(w)).length >= 3,
    );
    if (gathers && directives.every((d) => d.start !== gathers.start)) add('their-words', gathers);
  }

  // "Especially in the church." A short phrase that picks up the partner's words or finishes their sentence.
  const core = coreWords(reply.text);
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
    (q) => q.form !== 'declarative' && q.form !== 'tag' && !fires(checkQuestion, q.sentence),
  );
  const stemmed = reply.sentences.filter((s) => stemIn(s) || fires(soYou, s));
  const framed = stemmed.length > 0;
  const tooShort = reply.words <= 2;
  // "I had the same last year. …": a reply mostly about oneself is a self-disclosure, whatever else it says.
  const disclosure =
    2 * reply.sentences.filter((s) => aboutSelf(s) && !SPEAKER_AS_LISTENER.test(bare(s))).length >
    reply.sentences.length;
  const reflects =
    spans.length > 0 && !(asksSomethingNew && !framed) && !tooShort && directives.length === 0 && !disclosure;
  return {
    reflects,
    signals: reflects ? [...signals] : [],
    spans: reflects ? dedupeSpans(spans, 'start') : [],
    candidates: directives.length === 0 ? dedupeSpans(spans, 'start') : [],
    directives,
    stemmed,
    // Long and asking nothing, and not an answer to a question they asked (anywhere in their line: "What's going
    // on? You look serious.") or a reflection of what they said: admitting a mistake in forty words is not a lecture.
    monologue:
      reply.words > LECTURE_WORDS &&
      questions.length === 0 &&
      !reflects &&
      !context.sentences.some((s) => s.isQuestion),
    selfTalk,
  };
}

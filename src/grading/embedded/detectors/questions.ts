import { findPhrases, openingWords, type Analysis, type Sentence } from '../text';
import type { Finding } from './finding';

export type QuestionKind = 'open' | 'closed';

export interface Question {
  sentence: Sentence;
  kind: QuestionKind;
  leading: boolean;
}

const OPEN_STARTS = ['what', 'how', 'why', "what's", "how's", 'whats', 'hows'];
const CLOSED_HOW = ['many', 'much', 'long', 'often', 'old', 'far', 'soon'];
const CLOSED_WH = ['who', 'when', 'where', 'which', "who's", "where's", "when's"];
const AUXILIARIES = new Set(
  `do does did is are was were am can could would will should shall may might must have has had isn't aren't wasn't
  weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't any anything`.split(/\s+/),
);
const ELICITATIONS = [
  'tell me',
  'walk me through',
  'talk me through',
  'describe',
  'explain',
  "i'd love to hear",
  'i would love to hear',
  "i'm curious",
  'i am curious',
  "i'd like to hear",
  "i'd like to understand",
  'help me understand',
];
const LEADING = [
  "don't you think",
  'do you not think',
  "wouldn't you agree",
  "wouldn't you say",
  "isn't it true",
  "isn't it obvious",
  "don't you agree",
  "you'd agree",
  'surely you',
  "you'd agree",
  "can't you see",
];
const TAG_QUESTION =
  /,\s*(right|correct|yeah|no|ok|okay|isn't it|aren't you|don't you|didn't you|wasn't it|won't you|can't you|isn't that|innit|yes)\s*\?\s*$/i;

/** Classifies one clause by its first words; null when it says nothing about the question's type. */
function classifyClause(words: string[]): QuestionKind | null {
  const [w0 = '', w1 = ''] = words;
  if (w0 === 'how' && CLOSED_HOW.includes(w1)) return 'closed';
  if (OPEN_STARTS.includes(w0)) return 'open';
  if (CLOSED_WH.includes(w0)) return 'closed';
  if (AUXILIARIES.has(w0)) return 'closed';
  return null;
}

function isElicitation(sentence: Sentence): boolean {
  const opening = openingWords(sentence, 6).join(' ');
  return ELICITATIONS.some((e) => opening.startsWith(e));
}

/** Finds questions, typed open or closed, with leading ones marked. */
export function detectQuestions(analysis: Analysis): Question[] {
  const questions: Question[] = [];
  for (const sentence of analysis.sentences) {
    const elicits = isElicitation(sentence);
    if (!sentence.isQuestion && !elicits) continue;
    const leading = findPhrases(sentence, LEADING).length > 0;
    let kind: QuestionKind | null = null;
    if (TAG_QUESTION.test(sentence.text)) kind = 'closed';
    // "I'm curious, what made you…": the type is decided by the first clause that has one.
    const clauses = sentence.lower.split(/[,;:—–]|\s-\s/);
    for (const clause of kind ? [] : clauses) {
      const words = openingWords({ ...sentence, lower: clause.trim() } as Sentence, 3);
      kind = classifyClause(words);
      if (kind) break;
    }
    if (elicits && kind !== 'closed') kind = 'open';
    // Either/or choices are closed even when they start with "what".
    if (
      kind === 'open' &&
      / or [\p{L}'-]+( [\p{L}'-]+)?\?$/u.test(sentence.lower) &&
      !/ or not\?$/.test(sentence.lower)
    ) {
      kind = 'closed';
    }
    questions.push({ sentence, kind: kind ?? 'closed', leading });
  }
  return questions;
}

/** Runs of three or more question sentences in a row. */
export function stackedQuestions(analysis: Analysis, questions: readonly Question[]): Sentence[][] {
  const isQ = new Set(questions.map((q) => q.sentence.index));
  const runs: Sentence[][] = [];
  let run: Sentence[] = [];
  for (const s of analysis.sentences) {
    if (isQ.has(s.index)) run.push(s);
    else {
      if (run.length >= 3) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

export function questionFindings(questions: readonly Question[]): Finding[] {
  return questions.map((q) => ({
    start: q.sentence.start,
    end: q.sentence.end,
    text: q.sentence.text,
    label: q.leading ? 'leading_question' : q.kind === 'open' ? 'open_question' : 'closed_question',
  }));
}

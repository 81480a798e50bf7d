import { analyse, countWords, type Analysis } from './text';
import { detectQuestions, type Question, type QuestionForm, type QuestionKind } from './detectors/questions';
import { detectListening, type ListeningFindings } from './detectors/listening';

/** What the detectors found in one reply, at the level of the whole reply: the unit human coders label. */
export interface ReplyFacts {
  /** `open` if any open question, else `closed` if any question, else `none`. */
  question: QuestionKind | 'none';
  /** The form of each question, in order. */
  questionForms: QuestionForm[];
  /**
   * Asking is what the reply chiefly does: its questions that seek something new (not checks such as
   * "you're moving house?") carry at least half its words. Coders who give a message one label
   * (ESConv's strategies) call it a question only then.
   */
  mainlyAsks: boolean;
  /** Says back what the partner said or meant (a reflection, restatement or named feeling). */
  reflection: boolean;
  reflectionSignals: string[];
  /** Advice, directives, warnings: telling rather than listening. */
  advice: boolean;
  /** A long statement with no question. */
  monologue: boolean;
  dismissal: boolean;
  selfFocus: boolean;
}

export function replyFacts(reply: string, context: string): ReplyFacts {
  const r = analyse(reply);
  const c = analyse(context);
  const questions = detectQuestions(r);
  return factsFrom(r, questions, detectListening(r, c, questions));
}

/** The facts from detector output the grader already has, so nothing is analysed twice. */
export function factsFrom(reply: Analysis, questions: readonly Question[], listening: ListeningFindings): ReplyFacts {
  const { findings, reflection } = listening;
  const has = (label: string) => findings.some((f) => f.label === label);
  // A question that only suggests something ("have you tried…?") is coded as advice, not as a question.
  const asking = questions.filter((q) => q.form !== 'suggestion');
  // "You're moving house?" checks what was heard; it restates rather than seeks something new.
  const seeking = asking.filter((q) => q.form !== 'declarative' && q.form !== 'tag');
  return {
    question: asking.some((q) => q.kind === 'open') ? 'open' : asking.length ? 'closed' : 'none',
    questionForms: questions.map((q) => q.form),
    mainlyAsks: seeking.length > 0 && 2 * seeking.reduce((n, q) => n + countWords(q.sentence.terms), 0) >= reply.words,
    reflection: reflection.reflects,
    reflectionSignals: reflection.signals,
    advice: reflection.directives.length > 0 || asking.length < questions.length,
    monologue: reflection.monologue,
    dismissal: has('dismisses'),
    selfFocus: has('shifts_to_self'),
  };
}

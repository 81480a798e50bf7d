import { analyse } from './text';
import { detectQuestions, type Question, type QuestionForm, type QuestionKind } from './detectors/questions';
import { detectListening, type ListeningFindings } from './detectors/listening';

/** What the detectors found in one reply, at the level of the whole reply: the unit human coders label. */
export interface ReplyFacts {
  /** `open` if any open question, else `closed` if any question, else `none`. */
  question: QuestionKind | 'none';
  /** The form of each question, in order. */
  questionForms: QuestionForm[];
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
  return factsFrom(questions, detectListening(r, c, questions));
}

/** The facts from detector output the grader already has, so nothing is analysed twice. */
export function factsFrom(questions: readonly Question[], listening: ListeningFindings): ReplyFacts {
  const { findings, reflection } = listening;
  const has = (label: string) => findings.some((f) => f.label === label);
  // A question that only suggests something ("have you tried…?") is coded as advice, not as a question.
  const asking = questions.filter((q) => q.form !== 'suggestion');
  return {
    question: asking.some((q) => q.kind === 'open') ? 'open' : asking.length ? 'closed' : 'none',
    questionForms: questions.map((q) => q.form),
    reflection: reflection.reflects,
    reflectionSignals: reflection.signals,
    advice: reflection.directives.length > 0 || asking.length < questions.length,
    monologue: reflection.monologue,
    dismissal: has('dismisses'),
    selfFocus: has('shifts_to_self'),
  };
}

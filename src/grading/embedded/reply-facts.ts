import { analyse } from './text';
import { detectQuestions, type QuestionKind } from './detectors/questions';
import { detectListening } from './detectors/listening';

/** What the detectors found in one reply, at the level of the whole reply: the unit human coders label. */
export interface ReplyFacts {
  /** `open` if any open question, else `closed` if any question, else `none`. */
  question: QuestionKind | 'none';
  /** Says back what the partner said or meant (a reflection, restatement or named feeling). */
  reflection: boolean;
  advice: boolean;
  dismissal: boolean;
  selfFocus: boolean;
}

export function replyFacts(reply: string, context: string): ReplyFacts {
  const r = analyse(reply);
  const questions = detectQuestions(r);
  const { findings } = detectListening(r, analyse(context));
  const has = (label: string) => findings.some((f) => f.label === label);
  return {
    question: questions.some((q) => q.kind === 'open') ? 'open' : questions.length ? 'closed' : 'none',
    reflection: has('reflective_stem') || has('names_feeling'),
    advice: has('advice_first'),
    dismissal: has('dismisses'),
    selfFocus: has('shifts_to_self'),
  };
}

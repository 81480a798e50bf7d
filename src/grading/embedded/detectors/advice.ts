import { directive, order } from '../rules/advice';
import { soYouFrame, stem } from '../rules/reflection';
import { spans } from '../rules/rule';
import type { Analysis, Sentence, Span } from '../text';
import type { Question } from './questions';

/** Advice in the statements of a reply: directives in words and orders. */
export function detectAdvice(reply: Analysis, questions: readonly Question[]): Span[] {
  // "What could you do?" asks; "you could…" in a statement, or "have you tried…?", tells.
  const asking = new Set(questions.filter((q) => q.form !== 'suggestion').map((q) => q.sentence.index));
  const telling = reply.sentences.filter((s) => !asking.has(s.index));
  return [...telling.flatMap(directivesTold), ...telling.flatMap((s) => spans(order, s))];
}

/** Directive phrases, except those a reflective frame reports ("it sounds like you have to decide"). */
function directivesTold(s: Sentence): Span[] {
  const frames = [...spans(stem, s), ...spans(soYouFrame, s)];
  return spans(directive, s).filter((d) => !frames.some((f) => f.start <= d.start));
}

import type { CriterionId } from '../rubric';
import { detectAccountability } from './detectors/accountability';
import { detectFeedbackSpecificity } from './detectors/feedback';
import type { Finding } from './detectors/finding';
import { detectQuestions } from './detectors/questions';
import { analyse, type Analysis, type Span } from './text';

type SpansByCheck = Map<string, Span[]>;

/**
 * Things said once in a conversation that later replies are not asked to say again: owning a
 * mistake and apologising; the situation, behaviour and impact of a piece of feedback. They carry
 * over from the learner's earlier replies unless those also undid them (blame, "you always").
 */
const CARRY: Partial<
  Record<CriterionId, { checks: readonly string[]; unless: string; detect: (a: Analysis) => Finding[] }>
> = {
  accountability: { checks: ['owns_with_i', 'apologises'], unless: 'deflects', detect: detectAccountability },
  specific_feedback: {
    checks: ['names_situation', 'names_behaviour', 'names_impact'],
    unless: 'global_label',
    detect: (a) => detectFeedbackSpecificity(a, detectQuestions(a)),
  },
};

/** Marks carried checks met (with an empty span: nothing to highlight in this reply); returns `criterion/check` ids. */
export function carryOver(out: Map<CriterionId, SpansByCheck>, earlier: readonly string[]): Set<string> {
  const carried = new Set<string>();
  if (earlier.length === 0) return carried;
  const analysed = earlier.map(analyse);
  for (const [id, rule] of Object.entries(CARRY) as [CriterionId, NonNullable<(typeof CARRY)[CriterionId]>][]) {
    const m = out.get(id);
    if (!m) continue;
    const before = analysed.flatMap(rule.detect);
    if (before.some((f) => f.label === rule.unless)) continue;
    for (const check of rule.checks) {
      if (before.some((f) => f.label === check) && !m.get(check)?.length) {
        m.set(check, [{ start: 0, end: 0, text: '' }]);
        carried.add(`${id}/${check}`);
      }
    }
  }
  return carried;
}

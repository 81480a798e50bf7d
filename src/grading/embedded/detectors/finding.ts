import type { CheckId } from '../../rubric';
import type { Span } from '../text';

/** What a finding is evidence for: a rubric check (typed, so a typo does not compile) or text addressed to the grader. */
export type FindingLabel = CheckId | 'addressed_to_grader';

/** A detector's output: a labelled span of the reply. */
export interface Finding extends Span {
  label: FindingLabel;
}

export function label(spans: readonly Span[], name: FindingLabel): Finding[] {
  return spans.map((s) => ({ ...s, label: name }));
}

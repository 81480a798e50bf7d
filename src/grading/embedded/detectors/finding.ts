import type { Span } from '../text';

/** A detector's output: a labelled span of the reply. */
export interface Finding extends Span {
  label: string;
}

export function label(spans: readonly Span[], name: string): Finding[] {
  return spans.map((s) => ({ ...s, label: name }));
}

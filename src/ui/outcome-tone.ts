/** The colours of a conversation's outcome box: good, mixed or poor. */
export const OUTCOME_TONES: Record<'good' | 'mixed' | 'poor', string> = {
  good: 'bg-emerald-50 text-emerald-900 border-emerald-200',
  mixed: 'bg-amber-50 text-amber-900 border-amber-200',
  poor: 'bg-rose-50 text-rose-900 border-rose-200',
};

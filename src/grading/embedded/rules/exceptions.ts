/**
 * Phrases that support one check and undermine another on purpose, each with the reason. Keyed
 * `supporting phrase / undermining phrase`; `rules.test.ts` fails on any overlap not listed here.
 */
export const PHRASE_EXCEPTIONS: Record<string, string> = {
  'i was wondering / i was wondering if':
    '"I was wondering if you could walk me through it" invites the partner to say more and hedges the asking: a coach would note both.',
};

/** The per-reply facts a conversation-level listening score needs. */
export interface ListeningFacts {
  question: 'open' | 'closed' | 'none';
  reflection: boolean;
  advice: boolean;
  monologue: boolean;
}

/**
 * A whole conversation's listening, 0-100. Open questions and reflections raise it; telling
 * (advice, directives, warnings) and monologues lower it twice as fast, because in coded
 * counselling sessions it is the amount of telling that most separates good from poor listening.
 */
export function conversationListeningScore(replies: readonly ListeningFacts[]): number {
  if (replies.length === 0) return 0;
  const share = (f: (r: ListeningFacts) => boolean) => replies.filter(f).length / replies.length;
  const raw =
    0.5 * share((r) => r.question === 'open') +
    0.5 * share((r) => r.reflection) -
    2 * share((r) => r.advice) -
    2 * share((r) => r.monologue);
  // raw lies in [-4, 1]; most real conversations fall in [-1, 1].
  return Math.round(Math.max(0, Math.min(1, (raw + 1) / 2)) * 100);
}

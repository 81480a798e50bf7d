/** The per-reply facts a conversation-level listening score needs. */
export interface ListeningFacts {
  question: 'open' | 'closed' | 'none';
  reflection: boolean;
  advice: boolean;
  dismissal: boolean;
}

/**
 * A whole conversation's listening, 0-100: the share of replies that reflect, plus open questions,
 * minus advice, dismissal and closed questions. Built like the coding-based scores that separate
 * good from poor counselling (more reflections and open questions, less unasked-for advice).
 */
export function conversationListeningScore(replies: readonly ListeningFacts[]): number {
  if (replies.length === 0) return 0;
  const share = (f: (r: ListeningFacts) => boolean) => replies.filter(f).length / replies.length;
  const raw =
    share((r) => r.reflection) +
    0.5 * share((r) => r.question === 'open') -
    share((r) => r.advice) -
    share((r) => r.dismissal) -
    0.5 * share((r) => r.question === 'closed');
  return Math.round(Math.max(0, Math.min(1, (raw + 1) / 2.5)) * 100);
}

/**
 * How a conversation ended, from the script and from the grades together: a poor conversation does
 * not end like a mixed one because its last branch happened to be lenient. The worse of the two wins.
 */
export type Outcome = 'good' | 'mixed' | 'poor';

const RANK: Record<Outcome, number> = { poor: 0, mixed: 1, good: 2 };

/**
 * The outcome the replies' overall scores earned on their own: 70 and above good; below 50, an average below
 * Developing, poor (a clear reply that ignores the partner still leaves the conversation nowhere).
 */
export function outcomeFromScores(overalls: readonly number[]): Outcome | undefined {
  if (overalls.length === 0) return undefined;
  const mean = overalls.reduce((s, x) => s + x, 0) / overalls.length;
  return mean >= 70 ? 'good' : mean >= 50 ? 'mixed' : 'poor';
}

export function conversationOutcome(scripted: Outcome | undefined, overalls: readonly number[]): Outcome | undefined {
  const earned = outcomeFromScores(overalls);
  if (!scripted || !earned) return scripted ?? earned;
  return RANK[earned] < RANK[scripted] ? earned : scripted;
}

/** How each outcome is said, in the debrief at the end and when the conversation is read back later. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  good: 'You reached the best outcome',
  mixed: 'A mixed outcome',
  poor: 'The conversation did not get where you wanted',
};

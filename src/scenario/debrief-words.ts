/**
 * A finished conversation in words, as its debrief shows it: the outcome, listening across the conversation and a
 * level per skill. The debrief at the end of practice and the saved conversation both say it this way.
 */
import { RUBRIC, levelName, type CriterionId } from '../grading/rubric';
import { OUTCOME_LABELS, type Outcome } from './conversation-outcome';

export function debriefWords({
  outcome,
  success,
  listening,
  means,
  lowPressure,
}: {
  outcome: Outcome | undefined;
  /** What success looked like, where the scenario is known. */
  success?: string;
  /** Listening across the conversation, 0-100. */
  listening: number | null | undefined;
  /** Each skill's mean level over the conversation. */
  means: readonly { id: CriterionId; mean: number }[];
  /** Words only: no numbers. */
  lowPressure: boolean;
}) {
  return {
    outcome: outcome && {
      tone: outcome,
      label: OUTCOME_LABELS[outcome],
      ...(success ? { detail: `Success looked like this: ${success}` } : {}),
    },
    listening:
      listening === null || listening === undefined
        ? undefined
        : `Listening across the conversation: ${lowPressure ? levelName(listening / 25).toLowerCase() : `${listening}/100`}.`,
    levels: means.map(({ id, mean }) => ({
      name: RUBRIC[id].name,
      level: lowPressure ? levelName(mean) : `${levelName(mean)} · ${mean.toFixed(1)}/4`,
    })),
  };
}

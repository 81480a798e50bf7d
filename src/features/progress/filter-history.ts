import type { AttemptSummary, SessionSummary } from '../../storage/history.schema';
import { inRange, type DateRange } from './date-range';

/** The Progress filters as the URL keeps them; an empty value filters nothing. */
export interface HistoryFilter {
  scenario: string;
  skill: string;
  engine: string;
  from: string;
  to: string;
}

const gradedAs = (filter: HistoryFilter, a: AttemptSummary) =>
  (!filter.skill || filter.skill in a.levels) && (!filter.engine || a.engine === filter.engine);

/** The replies that match every filter, oldest first. */
export function filterAttempts(
  all: readonly AttemptSummary[],
  filter: HistoryFilter,
  range: DateRange,
): AttemptSummary[] {
  return all.filter(
    (a) => (!filter.scenario || a.scenarioId === filter.scenario) && gradedAs(filter, a) && inRange(range, a.createdAt),
  );
}

/**
 * The conversations that match: scenario and dates on the conversation itself, skill and grader
 * through the replies it kept.
 */
export function filterConversations(
  sessions: readonly SessionSummary[],
  all: readonly AttemptSummary[],
  filter: HistoryFilter,
  range: DateRange,
): SessionSummary[] {
  const matching =
    filter.skill || filter.engine ? new Set(all.filter((a) => gradedAs(filter, a)).map((a) => a.id)) : null;
  return sessions.filter(
    (s) =>
      (!filter.scenario || s.scenarioId === filter.scenario) &&
      inRange(range, s.finishedAt) &&
      (!matching || s.attemptIds.some((id) => matching.has(id))),
  );
}

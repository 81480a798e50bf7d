import { formatDate } from './format';

/** A From/To filter as times to compare with, in the learner's own days; `error` when it is refused. */
export interface DateRange {
  /** Milliseconds since the epoch of the start of the From day, or -Infinity. */
  start: number;
  /** The last millisecond of the To day, or +Infinity. */
  end: number;
  /** Why the range is not applied (From after To), in words; null when it is. */
  error: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight starting `day` ('2026-11-27'), or NaN when it is not a date. */
function startOfDay(day: string): number {
  if (!DAY.test(day)) return Number.NaN;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getMonth() === m - 1 ? date.getTime() : Number.NaN;
}

/**
 * The range two date inputs ask for. A day that is not a date is no bound; a From after To is not
 * applied at all (rather than silently showing nothing), and says why.
 */
export function dateRange(from: string, to: string): DateRange {
  const start = startOfDay(from);
  const toStart = startOfDay(to);
  const end = Number.isNaN(toStart)
    ? Number.NaN
    : new Date(new Date(toStart).setDate(new Date(toStart).getDate() + 1)).getTime() - 1;
  if (!Number.isNaN(start) && !Number.isNaN(end) && start > end) {
    return {
      start: Number.NEGATIVE_INFINITY,
      end: Number.POSITIVE_INFINITY,
      error: `“From” (${formatDate(new Date(start))}) is after “To” (${formatDate(new Date(toStart))}), so no dates are applied. Change one of them.`,
    };
  }
  return {
    start: Number.isNaN(start) ? Number.NEGATIVE_INFINITY : start,
    end: Number.isNaN(end) ? Number.POSITIVE_INFINITY : end,
    error: null,
  };
}

/** Whether an ISO time falls in the range. */
export const inRange = (range: DateRange, iso: string): boolean => {
  const t = Date.parse(iso);
  return t >= range.start && t <= range.end;
};

import { dayNumber } from './days';

export interface Streak {
  /** Consecutive days with practice, ending today or yesterday. */
  days: number;
  practisedToday: boolean;
}

/** A streak is alive until a whole day passes without practice; today still counts until midnight. */
export function currentStreak(practiceDays: Iterable<string>, today: string): Streak {
  const days = new Set([...practiceDays].map(dayNumber));
  const t = dayNumber(today);
  const practisedToday = days.has(t);
  let cursor = practisedToday ? t : t - 1;
  let count = 0;
  while (days.has(cursor)) {
    count += 1;
    cursor -= 1;
  }
  return { days: count, practisedToday };
}

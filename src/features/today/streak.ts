import { dayNumber } from './days';

export interface Streak {
  /** Days practised in the current run, ending today or yesterday. */
  days: number;
  practisedToday: boolean;
  /** Missed days inside the run that were forgiven (at most one a week). */
  covered: number;
}

/**
 * A forgiving streak: it survives until a whole day passes without practice, and one missed day a
 * week is covered, so a single busy day does not wipe out weeks of practice.
 */
export function currentStreak(practiceDays: Iterable<string>, today: string): Streak {
  const days = new Set([...practiceDays].map(dayNumber));
  const t = dayNumber(today);
  const practisedToday = days.has(t);
  let cursor = practisedToday ? t : t - 1;
  let count = 0;
  let covered = 0;
  let lastCover = Number.POSITIVE_INFINITY;
  for (;;) {
    if (days.has(cursor)) {
      count += 1;
      cursor -= 1;
    } else if (days.has(cursor - 1) && lastCover - cursor >= 7) {
      covered += 1;
      lastCover = cursor;
      cursor -= 1;
    } else break;
  }
  return { days: count, practisedToday, covered };
}

export interface WeeklyGoal {
  goal: number;
  /** Days practised this week (Monday to Sunday). */
  thisWeek: number;
  /** Weeks in a row that met the goal, counting this week once it is met. */
  weeksMet: number;
}

/** A weekly goal, an alternative to daily practice: N days a week, any days. */
export function weeklyGoal(practiceDays: Iterable<string>, today: string, goal = 3): WeeklyGoal {
  const days = [...new Set([...practiceDays].map(dayNumber))];
  // Day 0 (1970-01-01) was a Thursday; weeks start on Monday.
  const weekOf = (d: number) => Math.floor((d + 3) / 7);
  const perWeek = new Map<number, number>();
  for (const d of days) perWeek.set(weekOf(d), (perWeek.get(weekOf(d)) ?? 0) + 1);
  const current = weekOf(dayNumber(today));
  const thisWeek = perWeek.get(current) ?? 0;
  let week = thisWeek >= goal ? current : current - 1;
  let weeksMet = 0;
  while ((perWeek.get(week) ?? 0) >= goal) {
    weeksMet += 1;
    week -= 1;
  }
  return { goal, thisWeek, weeksMet };
}

import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CriterionId } from '../../grading/rubric';
import { STAGE_NAMES, themeStages, type PathScenario, type Stage } from '../../scenario/path';
import { categoryName } from '../../scenario/scenario.schema';
import { RUBRIC } from '../../grading/rubric';
import type { AttemptSummary } from '../../storage/history.schema';
import { dayKey, dayNumber } from './days';

/** Spaced repetition over scenarios: each practice of a scenario is a review, rated by how it went. */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false, maximum_interval: 60 });

function ratingFor(overall: number): Grade {
  return overall >= 85 ? Rating.Easy : overall >= 65 ? Rating.Good : overall >= 40 ? Rating.Hard : Rating.Again;
}

/** When each practised scenario is next due, from its history (one review per day practised). */
export function dueDates(attempts: readonly AttemptSummary[]): Map<string, Date> {
  const byScenarioDay = new Map<string, Map<string, { at: Date; total: number; n: number }>>();
  for (const a of attempts) {
    const days = byScenarioDay.get(a.scenarioId) ?? new Map();
    const day = dayKey(new Date(a.createdAt));
    const d = days.get(day) ?? { at: new Date(a.createdAt), total: 0, n: 0 };
    d.total += a.overall;
    d.n += 1;
    days.set(day, d);
    byScenarioDay.set(a.scenarioId, days);
  }
  const due = new Map<string, Date>();
  for (const [scenarioId, days] of byScenarioDay) {
    let card: Card = createEmptyCard(new Date(0));
    for (const d of [...days.values()].sort((x, y) => x.at.getTime() - y.at.getTime())) {
      card = scheduler.next(card, d.at, ratingFor(d.total / d.n)).card;
    }
    due.set(scenarioId, card.due);
  }
  return due;
}

/** Each skill's mean level over the learner's recent replies; skills never graded are absent. */
export function skillLevels(attempts: readonly AttemptSummary[], recent = 30): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const a of attempts.slice(-recent)) {
    for (const [skill, level] of Object.entries(a.levels)) {
      const [t, n] = sums.get(skill) ?? [0, 0];
      sums.set(skill, [t + level, n + 1]);
    }
  }
  return new Map([...sums].map(([s, [t, n]]) => [s, t / n]));
}

/** A stable pseudo-random number in [0, 1) for a day and a scenario, to break ties fairly. */
function jitter(day: string, id: string): number {
  let h = 2166136261;
  for (const ch of `${day}|${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * Scenarios ranked for today, best first: those due (or never practised) come first, then those
 * that practise the learner's weakest skills, with a stable daily tie-break. With no history, the
 * gentlest scenarios lead.
 */
export function rankForToday<S extends PathScenario>(
  scenarios: readonly S[],
  attempts: readonly AttemptSummary[],
  today: string,
): S[] {
  const due = dueDates(attempts);
  const levels = skillLevels(attempts);
  const stages = themeStages(scenarios, attempts);
  const now = dayNumber(today);
  const score = (s: S) => {
    const dueAt = due.get(s.id);
    const overdueDays = dueAt ? now - dayNumber(dayKey(dueAt)) : 7; // never practised: new content is worth a week overdue
    const dueScore = overdueDays >= 0 ? 2 + Math.min(overdueDays, 14) / 7 : -Math.min(-overdueDays, 30) / 10;
    const weakness =
      s.skills.reduce((t, skill: CriterionId) => t + (4 - (levels.get(skill) ?? 2)), 0) / s.skills.length / 4;
    // The path: scenarios at the learner's stage on this theme fit best (a new learner's stage is gentle).
    const fit = -Math.abs(s.difficulty - (stages.get(s.category) ?? 1)) * 0.8;
    return dueScore + weakness + fit + jitter(today, s.id) * 0.3;
  };
  return [...scenarios].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id));
}

/**
 * Why this scenario today, in one sentence the learner can check: its weakest skill, how long since
 * the theme was practised, and where they are on the theme's path.
 */
export function whyToday(
  scenario: PathScenario,
  scenarios: readonly PathScenario[],
  attempts: readonly AttemptSummary[],
  today: string,
): string {
  if (attempts.length === 0) return 'A gentle start: a short conversation to find your feet.';
  const reasons: string[] = [];
  const levels = skillLevels(attempts);
  const weakest = [...levels].sort((a, b) => a[1] - b[1])[0];
  if (weakest && scenario.skills.includes(weakest[0] as CriterionId))
    reasons.push(`${RUBRIC[weakest[0] as CriterionId].name.toLowerCase()} is your weakest skill`);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const last = attempts
    .filter((a) => byId.get(a.scenarioId)?.category === scenario.category)
    .map((a) => a.createdAt)
    .sort()
    .at(-1);
  const theme = categoryName(scenario.category);
  if (!last) reasons.push(`you haven't tried ${theme} yet`);
  else {
    const days = dayNumber(today) - dayNumber(dayKey(new Date(last)));
    if (days >= 2) reasons.push(`you haven't practised ${theme} for ${days} days`);
  }
  const stage: Stage = themeStages(scenarios, attempts).get(scenario.category) ?? 1;
  const pathNote = `your ${theme} path is at ${STAGE_NAMES[stage]}`;
  if (!reasons.length) return `Because ${pathNote}, and it is due for another go.`;
  return `Because ${reasons.join(' and ')}; ${pathNote}.`;
}

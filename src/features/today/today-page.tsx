import { Link } from 'react-router';
import { RUBRIC, CORE_CRITERIA, levelName } from '../../grading/rubric';
import { scenarioCards, type ScenarioCard } from '../../scenario/scenario-index';
import { activeSessionIds } from '../../storage/active-session';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LevelMeter } from '../../ui/level-meter';
import { scenarioFacts } from '../../scenario/scenario-facts';
import { FactChips } from '../../ui/fact-chips';
import { dayKey } from './days';
import { currentStreak, weeklyGoal } from './streak';
import { loadTodayPin, saveTodayPin } from '../../storage/daily-choice';
import { useSettings } from '../../storage/use-settings';
import { useLowPressure } from '../../ui/low-pressure';
import { Button } from '../../ui/button';
import { useEffect, useMemo, useState } from 'react';
import type { AttemptSummary } from '../../storage/history.schema';
import { RECENT_LEVELS, skillSnapshot } from '../../storage/skill-snapshot';

export function TodayPage({ now = new Date() }: { now?: Date }) {
  const today = dayKey(now);
  const { attempts, pick } = useTodayData();
  const lowPressure = useLowPressure();
  const { settings } = useSettings();
  const [skips, setSkips] = useState(0);
  const scenario = useMemo(
    () => (attempts && pick ? pickForToday(pick.rankForToday, scenarioCards, attempts, today, skips) : undefined),
    [attempts, pick, today, skips],
  );
  const goal = weeklyGoal(attempts?.map((a) => dayKey(new Date(a.createdAt))) ?? [], today, settings.weeklyGoal);
  const inProgress = scenario ? activeSessionIds().includes(scenario.id) : false;
  const streak = attempts
    ? currentStreak(
        attempts.map((a) => dayKey(new Date(a.createdAt))),
        today,
      )
    : null;
  const doneToday = attempts?.some((a) => a.scenarioId === scenario?.id && dayKey(new Date(a.createdAt)) === today);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium text-indigo-700">
          {now.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}
        </p>
        <h1 className="text-2xl font-bold tracking-tight">Today's practice</h1>
      </div>

      {attempts === null || !pick ? (
        <Card>
          <p className="text-sm text-slate-500">Choosing today's practice…</p>
        </Card>
      ) : scenario ? (
        <Card className="border-indigo-200">
          <div className="flex flex-col gap-4 md:flex-row md:items-start md:justify-between">
            <div className="max-w-2xl">
              <h2 className="text-xl font-semibold" data-testid="today-scenario">
                {scenario.title}
              </h2>
              <p className="mt-1 text-slate-700">{scenario.summary}</p>
              <p className="mt-2 text-sm text-indigo-900" data-testid="why-today">
                {pick && attempts && pick.whyToday(scenario, scenarioCards, attempts, today)}
              </p>
              <FactChips facts={scenarioFacts(scenario)} className="mt-3" />
              <p className="mt-3 text-sm text-slate-600">
                You'll be talking to <strong>{scenario.persona.name}</strong>, {scenario.persona.role}.
              </p>
            </div>
            <div className="flex shrink-0 flex-col items-stretch gap-2">
              <Link to={`/practice/${scenario.id}`} className={buttonClass('primary')}>
                {inProgress ? 'Resume where you left off' : doneToday ? 'Practise again' : 'Start practice'}
              </Link>
              {doneToday && !inProgress && (
                <p className="text-center text-xs text-emerald-700">Done today. Nice work.</p>
              )}
              <Button variant="ghost" onClick={() => setSkips((n) => n + 1)}>
                Something else
              </Button>
            </div>
          </div>
        </Card>
      ) : (
        <Card>
          <p>No scenarios are available. Check the scenario files for errors.</p>
        </Card>
      )}

      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="streak-heading">
          <h2 id="streak-heading" className="font-semibold">
            Streak
          </h2>
          {streak === null ? (
            <p className="mt-2 text-sm text-slate-500">Loading…</p>
          ) : (
            <>
              <p className="mt-2 text-3xl font-bold text-indigo-900" data-testid="streak-days">
                {streak.days} {streak.days === 1 ? 'day' : 'days'}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {streak.days === 0
                  ? 'Practise once today to start a streak.'
                  : streak.practisedToday
                    ? 'You have practised today.'
                    : 'Practise today to keep it going.'}
                {streak.covered > 0 &&
                  ` ${streak.covered} missed ${streak.covered === 1 ? 'day was' : 'days were'} covered: one a week is forgiven.`}
              </p>
              <p className="mt-3 text-sm text-slate-700" data-testid="weekly-goal">
                This week: {goal.thisWeek} of {goal.goal} days
                {goal.weeksMet > 0 && ` · goal met ${goal.weeksMet} ${goal.weeksMet === 1 ? 'week' : 'weeks'} in a row`}
              </p>
            </>
          )}
        </Card>

        <Card aria-labelledby="skills-heading">
          <div className="flex items-baseline justify-between">
            <h2 id="skills-heading" className="font-semibold">
              Your skills
            </h2>
            <Link to="/progress" className="text-sm font-medium text-indigo-700 hover:underline">
              See progress
            </Link>
          </div>
          {attempts && attempts.length > 0 ? (
            <ul className="mt-3 space-y-2">
              {skillSnapshot(attempts, { skills: CORE_CRITERIA }).map(({ id, mean, count }) => (
                <li key={id} className="flex items-center justify-between gap-2 text-sm">
                  <span>{RUBRIC[id].name}</span>
                  {count ? (
                    <span className="flex items-center gap-2 text-slate-600">
                      <LevelMeter level={Math.round(mean)} />
                      {lowPressure ? levelName(mean) : `${levelName(mean)} · ${mean.toFixed(1)}/4`}
                    </span>
                  ) : (
                    // Not every scenario grades every skill (admitting a mistake asks no questions).
                    <span className="text-slate-500">Not practised yet</span>
                  )}
                </li>
              ))}
              <li className="pt-1 text-xs text-slate-500">
                Listening and clarity are graded on every reply, open questions where a moment asks for them; each is
                the mean of your last {RECENT_LEVELS} replies graded on it .{' '}
                <Link to="/progress" className="font-medium text-indigo-700 hover:underline">
                  Progress
                </Link>{' '}
                also shows the skills of each scenario (accountability, feedback, networking…).
              </li>
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">
              {attempts === null ? 'Loading…' : 'Your skill levels appear here after your first graded reply.'}
            </p>
          )}
        </Card>
      </div>

      <p className="text-sm text-slate-600">
        Want something else?{' '}
        <Link to="/scenarios" className="font-medium text-indigo-700 hover:underline">
          Browse all {scenarioCards.length} scenarios
        </Link>
        .
      </p>
    </div>
  );
}

/**
 * Today's scenario: chosen once a day from the history (due by spaced repetition, weakest skills
 * first) and pinned, so it stays the same all day; "something else" moves to the next best.
 */
function pickForToday(
  rankForToday: DailyPick['rankForToday'],
  scenarios: readonly ScenarioCard[],
  attempts: readonly AttemptSummary[],
  today: string,
  skips: number,
): ScenarioCard | undefined {
  const pin = loadTodayPin(today);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  if (pin && skips === 0 && byId.has(pin.scenarioId)) return byId.get(pin.scenarioId);
  const ranked = rankForToday(scenarios, attempts, today);
  if (!ranked.length) return undefined;
  const previous = pin?.scenarioId ? ranked.findIndex((s) => s.id === pin.scenarioId) : -1;
  const next = skips === 0 ? ranked[0]! : ranked[(Math.max(previous, 0) + 1) % ranked.length]!;
  saveTodayPin({ day: today, scenarioId: next.id, skips: (pin?.skips ?? 0) + (skips > 0 ? 1 : 0) });
  return next;
}

type DailyPick = typeof import('./daily-pick');

// Started as soon as this page's code runs, in parallel with its first render, not after it.
let loading: { pick: Promise<DailyPick>; history: Promise<typeof import('../../storage/history')> } | null = null;
const load = () => (loading ??= { pick: import('./daily-pick'), history: import('../../storage/history') });
if (typeof window !== 'undefined') load();

/**
 * The history's summaries and the daily pick's scheduler, loaded once the page is on screen: the
 * storage code (with IndexedDB's library) and the spaced-repetition library arrive after the first
 * paint instead of before it. Null while loading.
 */
function useTodayData(): { attempts: AttemptSummary[] | null; pick: DailyPick | null } {
  const [attempts, setAttempts] = useState<AttemptSummary[] | null>(null);
  const [pick, setPick] = useState<DailyPick | null>(null);
  useEffect(() => {
    let live = true;
    let stop = () => {};
    import('./daily-pick').then(
      (m) => live && setPick(m),
      () => {},
    );
    import('../../storage/history')
      .then((history) => {
        if (live) stop = history.watchAttemptSummaries(setAttempts);
      })
      .catch(() => live && setAttempts([]));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { attempts, pick };
}

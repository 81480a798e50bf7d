import { useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { builtInLibrary } from '../../scenario/scenario-library';
import { useAttempts, useConversations } from '../../storage/use-history';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { useLowPressure } from '../../ui/low-pressure';
import { Notice } from '../../ui/notice';
import { useUrlFilters } from '../../ui/use-url-filters';
import { Calibration } from './calibration';
import { ConversationList } from './conversation-list';
import { dateRange } from './date-range';
import { filterAttempts, filterConversations, type HistoryFilter } from './filter-history';
import { countOf } from './format';
import { ListeningChart } from './listening-chart';
import { ProgressFilters } from './progress-filters';
import { ReplyList } from './reply-list';
import { SkillProfile } from './skill-profile';
import { SkillsOverTime } from './skills-over-time';

const BUILT_IN_TITLES: ReadonlyMap<string, string> = new Map(builtInLibrary.scenarios.map((s) => [s.id, s.title]));

/**
 * The learner's history: skills now, the filters, charts over time, their own judgement, and the
 * lists of conversations and replies. `titles`: every scenario's title by id, built in and imported
 * (the app's catalogue).
 */
export function ProgressPage({
  chartWidth,
  titles = BUILT_IN_TITLES,
}: {
  chartWidth?: number;
  titles?: ReadonlyMap<string, string>;
}) {
  const history = useAttempts();
  const sessions = useConversations();
  const { filters, setFilter } = useUrlFilters(['scenario', 'skill', 'engine', 'from', 'to'] as const);
  // One object while the filters stay the same: the charts redraw (and drop a focused point) on new data.
  const filterKey = JSON.stringify(filters);
  const filter = useMemo(() => JSON.parse(filterKey) as HistoryFilter, [filterKey]);
  const lowPressure = useLowPressure();
  // "/progress#conversations" (from a conversation page) lands on that section once it is there.
  const { hash } = useLocation();
  const ready = history !== null && sessions !== null;
  useEffect(() => {
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);

  const all = history?.rows;
  const range = useMemo(() => dateRange(filter.from, filter.to), [filter.from, filter.to]);
  const attempts = useMemo(() => (all ? filterAttempts(all, filter, range) : []), [all, filter, range]);
  const finished = useMemo(
    () => (all && sessions ? filterConversations(sessions.rows, all, filter, range) : []),
    [all, sessions, filter, range],
  );

  if (history === null || sessions === null) return <p className="text-sm text-slate-500">Loading your history…</p>;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Progress</h1>
        {history.rows.length > 0 && (
          <nav aria-label="On this page" className="flex gap-4 text-sm font-medium">
            <a href="#conversations" className="text-indigo-700 hover:underline">
              Conversations ({finished.length})
            </a>
            <a href="#replies" className="text-indigo-700 hover:underline">
              Replies ({attempts.length})
            </a>
          </nav>
        )}
      </div>
      {history.skipped > 0 && (
        <Notice tone="warning">
          {countOf(history.skipped, 'stored reply', 'stored replies')} could not be read and{' '}
          {history.skipped === 1 ? 'is' : 'are'} not shown.
        </Notice>
      )}
      {sessions.skipped > 0 && (
        <Notice tone="warning">
          {countOf(sessions.skipped, 'stored conversation')} could not be read and{' '}
          {sessions.skipped === 1 ? 'is' : 'are'} not shown.
        </Notice>
      )}
      {history.rows.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-lg font-semibold">No graded replies yet</h2>
          <p className="mx-auto mt-1 max-w-md text-slate-600">
            Your skill levels over time will appear here once you have practised. Each reply you send is graded and kept
            in this browser.
          </p>
          <Link to="/" className={`${buttonClass('primary')} mt-4`}>
            Start today's practice
          </Link>
        </Card>
      ) : (
        <>
          <SkillProfile attempts={history.rows} lowPressure={lowPressure} />
          <ProgressFilters
            filter={filter}
            setFilter={setFilter}
            scenarioIds={[...new Set(history.rows.map((a) => a.scenarioId))]}
            engines={[...new Set(history.rows.map((a) => a.engine))]}
            titles={titles}
            rangeError={range.error}
          />
          <SkillsOverTime attempts={attempts} skill={filter.skill} width={chartWidth} lowPressure={lowPressure} />
          {sessions.rows.some((s) => s.listening !== undefined) && (
            <ListeningChart sessions={finished} width={chartWidth} lowPressure={lowPressure} />
          )}
          <Calibration attempts={history.rows} lowPressure={lowPressure} />
          <ConversationList
            pageKey={filterKey}
            finished={finished}
            any={sessions.rows.length > 0}
            titles={titles}
            lowPressure={lowPressure}
          />
          <ReplyList pageKey={filterKey} attempts={attempts} titles={titles} lowPressure={lowPressure} />
        </>
      )}
    </div>
  );
}

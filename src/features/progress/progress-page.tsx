import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { builtInLibrary } from '../../scenario/scenario-library';
import type { SessionSummary } from '../../storage/history.schema';
import { useAttempts, useConversations } from '../../storage/use-history';
import type { AttemptSummary } from '../../storage/history.schema';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LevelMeter } from '../../ui/level-meter';
import { useLowPressure } from '../../ui/low-pressure';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { useUrlFilters } from '../../ui/use-url-filters';
import { bucketise, bucketSize, smooth } from './buckets';
import { noDot, useChartPoints } from './chart-points';
import { dateRange, inRange } from './date-range';
import { conversations as conversationCount, countOf, formatDateTime, replies } from './format';
import { SkillChart, SKILL_COLOURS } from './skill-chart';

const PAGE = 25;
const RECENT = 10;
const SKILLS = Object.keys(RUBRIC) as CriterionId[];

function engineName(engine: string): string {
  return engine === 'embedded' ? 'On-device grader' : engine.startsWith('llm:') ? `LLM ${engine.slice(4)}` : engine;
}

/** `titles`: every scenario's title by id, built in and imported (the app's catalogue). */
const BUILT_IN_TITLES: ReadonlyMap<string, string> = new Map(builtInLibrary.scenarios.map((s) => [s.id, s.title]));

export function ProgressPage({
  chartWidth,
  titles = BUILT_IN_TITLES,
}: {
  chartWidth?: number;
  titles?: ReadonlyMap<string, string>;
}) {
  const history = useAttempts();
  const sessions = useConversations();
  const [shown, setShown] = useState(PAGE);
  const [shownConversations, setShownConversations] = useState(PAGE);
  const { filters: filter, setFilter: setUrlFilter } = useUrlFilters([
    'scenario',
    'skill',
    'engine',
    'from',
    'to',
  ] as const);
  const setFilter = (key: keyof typeof filter, value: string) => {
    setShown(PAGE);
    setShownConversations(PAGE);
    setUrlFilter(key, value);
  };
  const lowPressure = useLowPressure();
  const errorId = useId();
  // "/progress#conversations" (from a conversation page) lands on that section once it is there.
  const { hash } = useLocation();
  const ready = history !== null && sessions !== null;
  useEffect(() => {
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);

  const all = history?.rows;
  const range = useMemo(() => dateRange(filter.from, filter.to), [filter.from, filter.to]);
  const attempts = useMemo(() => {
    if (!all) return [];
    return all.filter(
      (a) =>
        (!filter.scenario || a.scenarioId === filter.scenario) &&
        (!filter.skill || filter.skill in a.levels) &&
        (!filter.engine || a.engine === filter.engine) &&
        inRange(range, a.createdAt),
    );
  }, [all, filter.scenario, filter.skill, filter.engine, range]);
  // Conversations follow the same filters: scenario and dates on the conversation itself, skill and
  // grader through the replies it kept.
  const finished = useMemo(() => {
    if (!all || !sessions) return [];
    const matching =
      filter.skill || filter.engine
        ? new Set(
            all
              .filter(
                (a) => (!filter.skill || filter.skill in a.levels) && (!filter.engine || a.engine === filter.engine),
              )
              .map((a) => a.id),
          )
        : null;
    return sessions.rows.filter(
      (s) =>
        (!filter.scenario || s.scenarioId === filter.scenario) &&
        inRange(range, s.finishedAt) &&
        (!matching || s.attemptIds.some((id) => matching.has(id))),
    );
  }, [all, sessions, filter.scenario, filter.skill, filter.engine, range]);

  const buckets = useMemo(
    () =>
      attempts.length
        ? bucketise(attempts, bucketSize(attempts[0]!.createdAt, attempts.at(-1)!.createdAt, attempts.length))
        : [],
    [attempts],
  );
  const skills = SKILLS.filter((s) => (filter.skill ? s === filter.skill : attempts.some((a) => s in a.levels)));
  const [chosen, setChosen] = useState<CriterionId | null>(null);
  // One skill's chart at a time (tabs): the page stays quick with years of history.
  const chartSkill = chosen && skills.includes(chosen) ? chosen : (skills[0] ?? null);

  if (history === null || sessions === null) return <p className="text-sm text-slate-500">Loading your history…</p>;
  const engines = [...new Set(all!.map((a) => a.engine))];
  const scenarioIds = [...new Set(all!.map((a) => a.scenarioId))];
  const newestFirst = attempts.slice(-shown).reverse();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Progress</h1>
        {all!.length > 0 && (
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
      {all!.length === 0 ? (
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
          <Card aria-labelledby="profile">
            <h2 id="profile" className="font-semibold">
              Your skills now
            </h2>
            <ul className="mt-3 grid gap-x-8 gap-y-2 sm:grid-cols-2" data-testid="skill-profile">
              {SKILLS.filter((s) => all!.some((a) => s in a.levels)).map((s) => {
                const recent = all!.filter((a) => s in a.levels).slice(-RECENT);
                const mean = recent.reduce((t, a) => t + a.levels[s]!, 0) / recent.length;
                return (
                  <li key={s} className="flex items-center justify-between gap-3 text-sm">
                    <span>{RUBRIC[s].name}</span>
                    <span className="flex items-center gap-2 text-slate-600">
                      <LevelMeter level={Math.round(mean)} />
                      {lowPressure ? levelName(mean) : `${levelName(mean)} · ${mean.toFixed(1)}/4`}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="mt-2 text-xs text-slate-500">The mean of your last {RECENT} replies graded on each skill.</p>
          </Card>

          <form
            className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5"
            aria-label="Filter history"
            onSubmit={(e) => e.preventDefault()}
          >
            <Select
              emptyLabel="All"
              label="Scenario"
              value={filter.scenario}
              onChange={(v) => setFilter('scenario', v)}
            >
              {scenarioIds.map((id) => (
                <option key={id} value={id}>
                  {titles.get(id) ?? `${id} (not in this library)`}
                </option>
              ))}
            </Select>
            <Select emptyLabel="All" label="Skill" value={filter.skill} onChange={(v) => setFilter('skill', v)}>
              {SKILLS.map((s) => (
                <option key={s} value={s}>
                  {RUBRIC[s].name}
                </option>
              ))}
            </Select>
            <Select emptyLabel="All" label="Graded by" value={filter.engine} onChange={(v) => setFilter('engine', v)}>
              {engines.map((e) => (
                <option key={e} value={e}>
                  {engineName(e)}
                </option>
              ))}
            </Select>
            <DateInput
              label="From"
              value={filter.from}
              onChange={(v) => setFilter('from', v)}
              error={range.error ? errorId : undefined}
            />
            <DateInput
              label="To"
              value={filter.to}
              onChange={(v) => setFilter('to', v)}
              error={range.error ? errorId : undefined}
            />
            {range.error && (
              <p id={errorId} role="alert" className="text-sm font-medium text-rose-800 sm:col-span-5">
                {range.error}
              </p>
            )}
          </form>

          <Card>
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold">Skills over time</h2>
              <p className="text-xs text-slate-500">
                {replies(attempts.length)} · one point per{' '}
                {buckets.length
                  ? bucketSize(attempts[0]!.createdAt, attempts.at(-1)!.createdAt, attempts.length)
                  : 'reply'}{' '}
                · the thick line is the trend · click a point to open its reply
              </p>
            </div>
            {attempts.length === 0 ? (
              <p className="text-sm text-slate-600">No replies match these filters.</p>
            ) : (
              <figure aria-label="Skill levels over time" data-testid="skill-chart">
                <div role="tablist" aria-label="Skill to chart" className="mb-2 flex flex-wrap gap-1">
                  {skills.map((s) => (
                    <button
                      key={s}
                      type="button"
                      role="tab"
                      aria-selected={s === chartSkill}
                      onClick={() => setChosen(s)}
                      className={`rounded-full px-3 py-1 text-xs font-medium ${s === chartSkill ? 'text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200'}`}
                      style={s === chartSkill ? { backgroundColor: SKILL_COLOURS[s] } : undefined}
                    >
                      {RUBRIC[s].name}
                    </button>
                  ))}
                </div>
                {chartSkill && (
                  <SkillChart
                    key={chartSkill}
                    skill={chartSkill}
                    buckets={buckets}
                    width={chartWidth}
                    lowPressure={lowPressure}
                  />
                )}
              </figure>
            )}
          </Card>

          {sessions.rows.some((s) => s.listening !== undefined) && (
            <ListeningChart sessions={finished} width={chartWidth} lowPressure={lowPressure} />
          )}

          <Calibration attempts={all!} lowPressure={lowPressure} />

          <Card aria-labelledby="conversations-heading" id="conversations">
            <h2 id="conversations-heading" className="font-semibold">
              Your conversations <span className="font-normal text-slate-500">({finished.length})</span>
            </h2>
            {sessions.rows.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">
                No finished conversations yet. A conversation appears here, with its debrief, once you reach its end.
              </p>
            ) : finished.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No conversations match these filters.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100" aria-label="Conversations">
                {finished
                  .slice(-shownConversations)
                  .reverse()
                  .map((s) => (
                    <ConversationRowView key={s.id} s={s} title={titles.get(s.scenarioId)} lowPressure={lowPressure} />
                  ))}
              </ul>
            )}
            {shownConversations < finished.length && (
              <Button variant="secondary" className="mt-3" onClick={() => setShownConversations((n) => n + PAGE)}>
                Show {Math.min(PAGE, finished.length - shownConversations)} more
              </Button>
            )}
          </Card>

          <Card id="replies" aria-labelledby="replies-heading">
            <h2 id="replies-heading" className="font-semibold">
              Your replies <span className="font-normal text-slate-500">({attempts.length})</span>
            </h2>
            <ul className="mt-3 divide-y divide-slate-100" aria-label="Attempts">
              {newestFirst.map((a) => (
                <AttemptRowView key={a.id} a={a} title={titles.get(a.scenarioId)} lowPressure={lowPressure} />
              ))}
            </ul>
            {shown < attempts.length && (
              <Button variant="secondary" className="mt-3" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, attempts.length - shown)} more
              </Button>
            )}
          </Card>
        </>
      )}
    </div>
  );
}

function AttemptRowView({ a, title, lowPressure }: { a: AttemptSummary; title?: string; lowPressure: boolean }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="text-xs text-slate-500">
          {formatDateTime(a.createdAt)} · {title ?? `${a.scenarioId} (not in this library)`} · {engineName(a.engine)}
        </p>
        <p className="truncate text-sm text-slate-800">“{a.replyPreview}”</p>
        <p className="mt-0.5 text-xs text-slate-500">
          {Object.entries(a.levels)
            .map(
              ([id, level]) =>
                `${RUBRIC[id as CriterionId]?.name ?? id} ${levelName(level).toLowerCase()}${lowPressure ? '' : ` (${level})`}`,
            )
            .join(' · ')}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {!lowPressure && <span className="text-lg font-semibold text-indigo-900">{a.overall}</span>}
        <Link
          to={`/attempts/${encodeURIComponent(a.id)}`}
          className="text-sm font-medium text-indigo-700 hover:underline"
        >
          View feedback
        </Link>
      </div>
    </li>
  );
}

function ConversationRowView({ s, title, lowPressure }: { s: SessionSummary; title?: string; lowPressure: boolean }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-800">
          {title ?? `${s.scenarioId} (not in this library)`}
        </p>
        <p className="text-xs text-slate-500">
          {formatDateTime(s.finishedAt)} · {replies(s.attemptIds.length)}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {!lowPressure && (
          <span className="text-lg font-semibold text-indigo-900" aria-label={`overall ${s.overall} out of 100`}>
            {s.overall}
          </span>
        )}
        <Link
          to={`/conversations/${encodeURIComponent(s.id)}`}
          className="text-sm font-medium text-indigo-700 hover:underline"
        >
          Open conversation
        </Link>
      </div>
    </li>
  );
}

/** The conversation-level listening score of each finished conversation, with its trend; a point opens its conversation. */
function ListeningChart({
  sessions,
  width,
  lowPressure,
}: {
  sessions: readonly SessionSummary[];
  width?: number;
  lowPressure: boolean;
}) {
  const colour = SKILL_COLOURS.active_listening;
  const data = useMemo(() => {
    const scored = sessions.filter((s) => s.listening !== undefined);
    if (!scored.length) return [];
    const size = bucketSize(scored[0]!.finishedAt, scored.at(-1)!.finishedAt, scored.length);
    const pseudo = scored.map((s) => ({
      id: s.id,
      sessionId: s.id,
      scenarioId: s.scenarioId,
      beatId: '',
      createdAt: s.finishedAt,
      overall: 0,
      levels: { listening: s.listening! / 25 },
      engine: '',
      rubric: '',
      replyPreview: '',
    }));
    const buckets = bucketise(pseudo, size);
    const values = buckets.map((b) => Math.round(b.levels.listening! * 25));
    const trend = smooth(values);
    return buckets.map((b, i) => ({
      key: b.key,
      label: b.label,
      period: b.period,
      score: values[i]!,
      trend: trend[i],
      count: b.count,
      href: `/conversations/${encodeURIComponent(b.lastId)}`,
      description: `${b.period}: listening ${lowPressure ? levelName(values[i]! / 25).toLowerCase() : `${values[i]}/100`}, ${conversationCount(b.count)}${b.count > 1 ? ', opens the latest' : ''}`,
    }));
  }, [sessions, lowPressure]);
  const { dot, activeDot, chartRef, statusRef } = useChartPoints(data, colour);
  // Stable, like the data: a new formatter also makes recharts redraw the dots.
  const tickLabel = useMemo(() => {
    const labels = new Map(data.map((d) => [d.key, d.label]));
    return (key: string) => labels.get(key) ?? '';
  }, [data]);
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
      width={width}
      height={width ? 160 : undefined}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="key" tickFormatter={tickLabel} tick={{ fontSize: 11 }} tickLine={false} minTickGap={24} />
      <YAxis
        domain={[0, 100]}
        ticks={lowPressure ? [0, 25, 50, 75, 100] : undefined}
        tickFormatter={lowPressure ? listeningWord : undefined}
        width={lowPressure ? 84 : undefined}
        tick={{ fontSize: 11 }}
        tickLine={false}
      />
      <Tooltip
        formatter={(value, name) => [
          lowPressure
            ? `${listeningWord(Number(value))}${name === 'trend' ? ' (trend)' : ''}`
            : name === 'trend'
              ? `${Number(value).toFixed(0)} (trend)`
              : `${Number(value)}/100`,
          name === 'trend' ? 'Trend' : 'Listening',
        ]}
        labelFormatter={(_, payload) => {
          const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
          return row ? `${row.period} · ${conversationCount(row.count)} · click to open` : '';
        }}
      />
      <Line
        type="linear"
        dataKey="score"
        name="score"
        stroke={colour}
        strokeOpacity={0.45}
        dot={dot}
        activeDot={activeDot}
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="trend"
        name="trend"
        stroke={colour}
        strokeWidth={2.5}
        dot={noDot}
        activeDot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
  return (
    <Card aria-labelledby="listening-heading" data-testid="listening-chart">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="listening-heading" className="font-semibold">
          Listening across whole conversations
        </h2>
        <p className="text-xs text-slate-500">
          {conversationCount(sessions.filter((s) => s.listening !== undefined).length)} · click a point to open it
        </p>
      </div>
      <p className="mb-2 text-xs text-slate-500">
        0-100 per finished conversation: reflections and open questions raise it, advice and monologues lower it.
      </p>
      {data.length === 0 ? (
        <p className="text-sm text-slate-600">No finished conversations match these filters.</p>
      ) : (
        <div ref={chartRef}>
          {width ? (
            chart
          ) : (
            <ResponsiveContainer width="100%" height={160} initialDimension={{ width: 960, height: 160 }}>
              {chart}
            </ResponsiveContainer>
          )}
          <p className="mt-1 min-h-4 text-xs text-slate-600" aria-hidden ref={statusRef} />
        </div>
      )}
    </Card>
  );
}

function DateInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  /** The id of the message that says why the dates are not applied. */
  error?: string;
}) {
  return (
    <label className="text-sm">
      <span className="font-medium">{label}</span>
      <input
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error}
        className={`mt-1 block w-full rounded-lg border px-2 py-1.5 ${error ? 'border-rose-500' : 'border-slate-300'}`}
      />
    </label>
  );
}

/** How close the learner's own ratings come to the grader's, early on and lately. */
function Calibration({ attempts, lowPressure }: { attempts: readonly AttemptSummary[]; lowPressure: boolean }) {
  const rated = attempts.filter((a) => a.selfGap !== undefined);
  if (rated.length === 0) return null;
  const mean = (xs: readonly AttemptSummary[]) => xs.reduce((t, a) => t + a.selfGap!, 0) / xs.length;
  const recent = mean(rated.slice(-10));
  const early = mean(rated.slice(0, 10));
  const words = (gap: number) =>
    gap < 0.25
      ? 'almost exactly'
      : gap < 0.75
        ? 'within about half a level of'
        : lowPressure
          ? 'more than half a level from'
          : `about ${gap.toFixed(1)} levels from`;
  return (
    <Card aria-labelledby="calibration" data-testid="calibration">
      <h2 id="calibration" className="font-semibold">
        Your own judgement
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {rated.length === 1
          ? 'On your one self-rated reply'
          : `Over your last ${Math.min(10, rated.length)} self-rated replies`}
        , your {rated.length === 1 ? 'rating was' : 'ratings were'} {words(recent)} the grader's.
        {rated.length > 10 && ` In your first ten they were ${words(early)} it.`}
      </p>
    </Card>
  );
}

/** The conversation-level listening score (0-100) in words, for low-pressure mode. */
const listeningWord = (score: number) => levelName(score / 25);

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { builtInLibrary } from '../../scenario/scenario-library';
import { listAttemptSummaries, listSessions, type AttemptSummary } from '../../storage/history';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LevelMeter } from '../../ui/level-meter';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { useUrlFilters } from '../../ui/use-url-filters';
import { bucketise, bucketSize, smooth } from './buckets';
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
  const history = useLiveQuery(() => listAttemptSummaries(), [], null);
  const sessions = useLiveQuery(async () => (await listSessions()).rows, [], []);
  const [shown, setShown] = useState(PAGE);
  const { filters: filter, setFilter: setUrlFilter } = useUrlFilters([
    'scenario',
    'skill',
    'engine',
    'from',
    'to',
  ] as const);
  const setFilter = (key: keyof typeof filter, value: string) => {
    setShown(PAGE);
    setUrlFilter(key, value);
  };

  const all = history?.rows;
  const attempts = useMemo(() => {
    if (!all) return [];
    const to = filter.to ? `${filter.to}T23:59:59.999Z` : '';
    return all.filter(
      (a) =>
        (!filter.scenario || a.scenarioId === filter.scenario) &&
        (!filter.skill || filter.skill in a.levels) &&
        (!filter.engine || a.engine === filter.engine) &&
        (!filter.from || a.createdAt >= filter.from) &&
        (!to || a.createdAt <= to),
    );
  }, [all, filter.scenario, filter.skill, filter.engine, filter.from, filter.to]);

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

  if (history === null) return <p className="text-sm text-slate-500">Loading your history…</p>;
  const engines = [...new Set(all!.map((a) => a.engine))];
  const scenarioIds = [...new Set(all!.map((a) => a.scenarioId))];
  const newestFirst = attempts.slice(-shown).reverse();

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Progress</h1>
      {history.skipped > 0 && (
        <Notice tone="warning">{history.skipped} stored attempt(s) could not be read and are not shown.</Notice>
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
                      {levelName(mean)} · {mean.toFixed(1)}/4
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
            <DateInput label="From" value={filter.from} onChange={(v) => setFilter('from', v)} />
            <DateInput label="To" value={filter.to} onChange={(v) => setFilter('to', v)} />
          </form>

          <Card>
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="font-semibold">Skills over time</h2>
              <p className="text-xs text-slate-500">
                {attempts.length} replies · one point per{' '}
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
                {chartSkill && <SkillChart key={chartSkill} skill={chartSkill} buckets={buckets} width={chartWidth} />}
              </figure>
            )}
          </Card>

          <ListeningChart sessions={sessions} width={chartWidth} />

          <Calibration attempts={all!} />

          <Card>
            <h2 className="font-semibold">
              Your replies <span className="font-normal text-slate-500">({attempts.length})</span>
            </h2>
            <ul className="mt-3 divide-y divide-slate-100" aria-label="Attempts">
              {newestFirst.map((a) => (
                <AttemptRowView key={a.id} a={a} title={titles.get(a.scenarioId)} />
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

function AttemptRowView({ a, title }: { a: AttemptSummary; title?: string }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="text-xs text-slate-500">
          {new Date(a.createdAt).toLocaleString()} · {title ?? `${a.scenarioId} (not in this library)`} ·{' '}
          {engineName(a.engine)}
        </p>
        <p className="truncate text-sm text-slate-800">“{a.replyPreview}”</p>
        <p className="mt-0.5 text-xs text-slate-500">
          {Object.entries(a.levels)
            .map(
              ([id, level]) => `${RUBRIC[id as CriterionId]?.name ?? id} ${levelName(level).toLowerCase()} (${level})`,
            )
            .join(' · ')}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        <span className="text-lg font-semibold text-indigo-900">{a.overall}</span>
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

/** The conversation-level listening score of each finished conversation, with its trend. */
function ListeningChart({
  sessions,
  width,
}: {
  sessions: readonly { finishedAt: string; listening?: number }[];
  width?: number;
}) {
  const scored = sessions.filter((s) => s.listening !== undefined);
  const data = useMemo(() => {
    if (!scored.length) return [];
    const size = bucketSize(scored[0]!.finishedAt, scored.at(-1)!.finishedAt, scored.length);
    const pseudo = scored.map((s, i) => ({
      id: String(i),
      sessionId: '',
      scenarioId: '',
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
    return buckets.map((b, i) => ({ label: b.label, score: values[i], trend: trend[i] }));
  }, [scored]);
  if (!scored.length) return null;
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
      width={width}
      height={width ? 160 : undefined}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} tickLine={false} minTickGap={24} />
      <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} tickLine={false} />
      <Tooltip />
      <Line
        type="linear"
        dataKey="score"
        name="Listening"
        stroke={SKILL_COLOURS.active_listening}
        strokeOpacity={0.45}
        dot={data.length <= 60}
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="trend"
        name="Trend"
        stroke={SKILL_COLOURS.active_listening}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
  return (
    <Card aria-labelledby="listening-heading" data-testid="listening-chart">
      <h2 id="listening-heading" className="font-semibold">
        Listening across whole conversations
      </h2>
      <p className="mb-2 text-xs text-slate-500">
        0-100 per finished conversation: reflections and open questions raise it, advice and monologues lower it.
      </p>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={160} initialDimension={{ width: 960, height: 160 }}>
          {chart}
        </ResponsiveContainer>
      )}
    </Card>
  );
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="text-sm">
      <span className="font-medium">{label}</span>
      <input
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block w-full rounded-lg border border-slate-300 px-2 py-1.5"
      />
    </label>
  );
}

/** How close the learner's own ratings come to the grader's, early on and lately. */
function Calibration({ attempts }: { attempts: readonly AttemptSummary[] }) {
  const rated = attempts.filter((a) => a.selfGap !== undefined);
  if (rated.length === 0) return null;
  const mean = (xs: readonly AttemptSummary[]) => xs.reduce((t, a) => t + a.selfGap!, 0) / xs.length;
  const recent = mean(rated.slice(-10));
  const early = mean(rated.slice(0, 10));
  const words = (gap: number) =>
    gap < 0.25 ? 'almost exactly' : gap < 0.75 ? 'within about half a level of' : `about ${gap.toFixed(1)} levels from`;
  return (
    <Card aria-labelledby="calibration" data-testid="calibration">
      <h2 id="calibration" className="font-semibold">
        Your own judgement
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Over your last {Math.min(10, rated.length)} self-rated replies, your ratings were {words(recent)} the grader's.
        {rated.length > 10 && ` In your first ten they were ${words(early)} it.`}
      </p>
    </Card>
  );
}

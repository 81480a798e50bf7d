import { useNavigate } from 'react-router';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { graderChanges, smooth, type Bucket } from './buckets';

export const SKILL_COLOURS: Record<CriterionId, string> = {
  active_listening: '#0f766e',
  clarity: '#4338ca',
  open_questions: '#b45309',
  accountability: '#be123c',
  specific_feedback: '#7e22ce',
  networking: '#0369a1',
  celebrating: '#a16207',
  common_ground: '#15803d',
};

/**
 * One skill's level over time: a point per bucket (opening its latest attempt when clicked), a
 * smoothed trend, and a marker wherever the grader (engine or rubric) changed, so a new grader
 * is not mistaken for progress.
 */
export function SkillChart({
  skill,
  buckets,
  width,
}: {
  skill: CriterionId;
  buckets: readonly Bucket[];
  width?: number;
}) {
  const navigate = useNavigate();
  const values = buckets.map((b) => b.levels[skill] ?? null);
  const trend = smooth(values);
  const data = buckets.map((b, i) => ({
    label: b.label,
    level: values[i],
    trend: trend[i],
    attempt: b.lastAttemptId,
    count: b.count,
  }));
  const changes = graderChanges(buckets).filter((i) => values[i] !== null);
  const latest = values.filter((v): v is number => v !== null).at(-1) ?? 0;
  const colour = SKILL_COLOURS[skill];
  const open = (payload: unknown) => {
    const id = (payload as { payload?: { attempt?: string } })?.payload?.attempt;
    if (id) void navigate(`/attempts/${encodeURIComponent(id)}`);
  };
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 14, right: 8, bottom: 0, left: -24 }}
      width={width}
      height={width ? 150 : undefined}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} tickLine={false} minTickGap={24} />
      <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={{ fontSize: 11 }} tickLine={false} />
      <Tooltip
        formatter={(value, name) => [
          name === 'trend'
            ? `${Number(value).toFixed(1)} (trend)`
            : `${levelName(Number(value))} (${Number(value).toFixed(1)})`,
          name === 'trend' ? 'Trend' : RUBRIC[skill].name,
        ]}
        labelFormatter={(label, payload) =>
          `${String(label)} · ${String(payload?.[0]?.payload?.count ?? '')} replies · click to open`
        }
      />
      {changes.map((i) => (
        <ReferenceLine
          key={i}
          x={buckets[i]!.label}
          stroke="#94a3b8"
          strokeDasharray="4 2"
          label={{ value: 'grader changed', position: 'insideTopLeft', fontSize: 10, fill: '#64748b' }}
        />
      ))}
      <Line
        type="linear"
        dataKey="level"
        stroke={colour}
        strokeOpacity={0.45}
        strokeWidth={1}
        dot={data.length <= 60 ? { r: 2.5 } : false}
        activeDot={{ r: 5, cursor: 'pointer', onClick: (_, p) => open(p) }}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="trend"
        stroke={colour}
        strokeWidth={2.5}
        dot={false}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
  return (
    <div className="rounded-lg border border-slate-100 p-3" data-testid={`skill-${skill}`}>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold" style={{ color: colour }}>
          {RUBRIC[skill].name}
        </h3>
        <p className="text-xs text-slate-600">
          latest: {levelName(latest)} ({Math.round(latest * 10) / 10}/4)
        </p>
      </div>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 960, height: 220 }}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}

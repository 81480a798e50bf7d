import { useMemo } from 'react';
import { LineChart, ReferenceLine, Tooltip, YAxis } from 'recharts';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { graderChanges, smooth, type Bucket } from './buckets';
import { useChartPoints } from './chart-points';
import { pointsAndTrend, rowHeading, SizedChart, timeAxis, useTickLabel } from './chart-parts';
import { replies } from './format';

const LIGHT: Record<CriterionId, string> = {
  active_listening: '#0f766e',
  clarity: '#4338ca',
  open_questions: '#b45309',
  accountability: '#be123c',
  specific_feedback: '#7e22ce',
  networking: '#0369a1',
  celebrating: '#a16207',
  common_ground: '#15803d',
};
/** The same hues, light enough to read on the dark theme's background. */
const DARK: Record<CriterionId, string> = {
  active_listening: '#5eead4',
  clarity: '#a5b4fc',
  open_questions: '#fcd34d',
  accountability: '#fda4af',
  specific_feedback: '#d8b4fe',
  networking: '#7dd3fc',
  celebrating: '#fde68a',
  common_ground: '#86efac',
};
const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** Each skill's colour in the charts, for the colour scheme the page is shown in. */
export const SKILL_COLOURS: Record<CriterionId, string> = prefersDark() ? DARK : LIGHT;

/**
 * One skill's level over time: a point per bucket (opening its own latest attempt when clicked or
 * chosen with the keyboard), a smoothed trend, and a marker wherever the grader (engine or rubric)
 * changed, so a new grader is not mistaken for progress.
 */
export function SkillChart({
  skill,
  buckets,
  width,
  lowPressure = false,
}: {
  skill: CriterionId;
  buckets: readonly Bucket[];
  width?: number;
  /** Words only: no level numbers on the axis, in tooltips or in descriptions. */
  lowPressure?: boolean;
}) {
  // Memoised: a new data array makes recharts draw its dots afresh, which would drop the focused point.
  const { values, data } = useMemo(() => {
    const values = buckets.map((b) => b.levels[skill] ?? null);
    const trend = smooth(values);
    const data = buckets.map((b, i) => {
      const level = values[i] ?? null;
      return {
        key: b.key,
        label: b.label,
        period: b.period,
        level,
        trend: trend[i],
        count: b.count,
        href: `/attempts/${encodeURIComponent(b.lastId)}`,
        description:
          level === null
            ? ''
            : `${b.period}: ${levelName(level)}${lowPressure ? '' : ` (${level.toFixed(1)}/4)`}, ${replies(b.count)}${b.count > 1 ? ', opens the latest' : ''}`,
      };
    });
    return { values, data };
  }, [buckets, skill, lowPressure]);
  const colour = SKILL_COLOURS[skill];
  const { dot, activeDot, chartRef, statusRef } = useChartPoints(
    data.map((d) => (d.level === null ? null : d)),
    colour,
  );
  const tickLabel = useTickLabel(data);
  const changes = graderChanges(buckets).filter((i) => values[i] !== null);
  const latest = values.filter((v): v is number => v !== null).at(-1) ?? 0;
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 14, right: 8, bottom: 0, left: -24 }}
      width={width}
      height={width ? 150 : undefined}
      // The points themselves are the keyboard route (one tab stop, arrow keys, Enter opens).
      accessibilityLayer={false}
    >
      {timeAxis(tickLabel)}
      <YAxis
        domain={[0, 4]}
        ticks={[0, 1, 2, 3, 4]}
        tick={{ fontSize: 11 }}
        tickLine={false}
        width={lowPressure ? 84 : undefined}
        tickFormatter={lowPressure ? levelWord : undefined}
      />
      <Tooltip
        formatter={(value, name) => [
          name === 'trend'
            ? lowPressure
              ? `${levelName(Number(value))} (trend)`
              : `${Number(value).toFixed(1)} (trend)`
            : lowPressure
              ? levelName(Number(value))
              : `${levelName(Number(value))} (${Number(value).toFixed(1)})`,
          name === 'trend' ? 'Trend' : RUBRIC[skill].name,
        ]}
        labelFormatter={rowHeading(replies)}
      />
      {changes.map((i) => (
        <ReferenceLine
          key={buckets[i]!.key}
          x={buckets[i]!.key}
          stroke="#94a3b8"
          strokeDasharray="4 2"
          label={{ value: 'grader changed', position: 'insideTopLeft', fontSize: 10, fill: '#64748b' }}
        />
      ))}
      {pointsAndTrend('level', colour, { dot, activeDot })}
    </LineChart>
  );
  return (
    <div className="rounded-lg border border-slate-100 p-3" data-testid={`skill-${skill}`} ref={chartRef}>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold" style={{ color: colour }}>
          {RUBRIC[skill].name}
        </h3>
        <p className="text-xs text-slate-600">
          latest: {levelName(latest)}
          {!lowPressure && ` (${Math.round(latest * 10) / 10}/4)`}
        </p>
      </div>
      <SizedChart width={width} height={220}>
        {chart}
      </SizedChart>
      <p className="mt-1 min-h-4 text-xs text-slate-600" aria-hidden ref={statusRef} />
    </div>
  );
}

/** An axis tick in words (low-pressure mode). */
const levelWord = (level: number) => levelName(level);

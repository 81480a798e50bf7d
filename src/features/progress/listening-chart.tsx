import { useMemo } from 'react';
import { LineChart, Tooltip, YAxis } from 'recharts';
import { levelName } from '../../grading/rubric';
import type { SessionSummary } from '../../storage/history.schema';
import { Card } from '../../ui/card';
import { bucketBy, bucketSize, smooth } from './buckets';
import { useChartPoints } from './chart-points';
import { pointsAndTrend, rowHeading, SizedChart, timeAxis, useTickLabel } from './chart-parts';
import { conversations as conversationCount } from './format';
import { SKILL_COLOURS } from './skill-chart';

/** The conversation-level listening score of each finished conversation, with its trend; a point opens its conversation. */
export function ListeningChart({
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
    const buckets = bucketBy(scored, size, {
      time: (s) => s.finishedAt,
      id: (s) => s.id,
      values: (s) => ({ listening: s.listening! }),
    });
    const values = buckets.map((b) => Math.round(b.levels.listening!));
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
  const tickLabel = useTickLabel(data);
  const chart = (
    <LineChart
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
      width={width}
      height={width ? 160 : undefined}
      accessibilityLayer={false}
    >
      {timeAxis(tickLabel)}
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
        labelFormatter={rowHeading(conversationCount)}
      />
      {pointsAndTrend('score', colour, { dot, activeDot })}
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
          <SizedChart width={width} height={160}>
            {chart}
          </SizedChart>
          <p className="mt-1 min-h-4 text-xs text-slate-600" aria-hidden ref={statusRef} />
        </div>
      )}
    </Card>
  );
}

/** The conversation-level listening score (0-100) in words, for low-pressure mode. */
const listeningWord = (score: number) => levelName(score / 25);

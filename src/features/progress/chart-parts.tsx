/** What the progress charts share: the time axis, the points-and-trend pair of lines, the row tooltip and sizing. */
import { useMemo, type ReactElement } from 'react';
import { CartesianGrid, Line, ResponsiveContainer, XAxis } from 'recharts';
import { noDot, type useChartPoints } from './chart-points';

interface Row {
  key: string;
  label: string;
  period: string;
  count: number;
}

/**
 * The x-axis tick for a row's key. Stable, like the data: a new formatter also makes recharts redraw the dots,
 * which would drop the focused point.
 */
export function useTickLabel(data: readonly Row[]): (key: string) => string {
  return useMemo(() => {
    const labels = new Map(data.map((d) => [d.key, d.label]));
    return (key: string) => labels.get(key) ?? '';
  }, [data]);
}

/** The grid and the time axis, keyed by bucket, not by label: two replies in the same minute share a label, never a key. */
export const timeAxis = (tickLabel: (key: string) => string): ReactElement[] => [
  <CartesianGrid key="grid" stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />,
  <XAxis key="x" dataKey="key" tickFormatter={tickLabel} tick={{ fontSize: 11 }} tickLine={false} minTickGap={24} />,
];

/** Each bucket's own value as faint, clickable points, and the smoothed trend over them as the bold line. */
export const pointsAndTrend = (
  dataKey: string,
  colour: string,
  points: Pick<ReturnType<typeof useChartPoints>, 'dot' | 'activeDot'>,
): ReactElement[] => [
  <Line
    key="points"
    type="linear"
    dataKey={dataKey}
    name={dataKey}
    stroke={colour}
    strokeOpacity={0.45}
    strokeWidth={1}
    dot={points.dot}
    activeDot={points.activeDot}
    connectNulls
    isAnimationActive={false}
  />,
  <Line
    key="trend"
    type="monotone"
    dataKey="trend"
    name="trend"
    stroke={colour}
    strokeWidth={2.5}
    dot={noDot}
    activeDot={false}
    connectNulls
    isAnimationActive={false}
  />,
];

/** The tooltip's heading for a row: its period, how much it holds, and that a click opens it. */
export const rowHeading =
  (count: (n: number) => string) =>
  (_: unknown, payload?: readonly { payload?: unknown }[]): string => {
    const row = payload?.[0]?.payload as Row | undefined;
    return row ? `${row.period} · ${count(row.count)} · click to open` : '';
  };

/** A chart at a fixed width (tests, print) or filling its container. */
export function SizedChart({ width, height, children }: { width?: number; height: number; children: ReactElement }) {
  return width ? (
    children
  ) : (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 960, height }}>
      {children}
    </ResponsiveContainer>
  );
}

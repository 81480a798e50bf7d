import { useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useNavigate } from 'react-router';

/** What a chart row needs for its point to open something: where it goes, and what it says. */
export interface PointTarget {
  /** Where the point leads (its own reply or conversation, never a neighbour's). */
  href: string;
  /** The point in words, read by screen readers and shown while the point has keyboard focus. */
  description: string;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index: number;
  value?: unknown;
  payload?: Partial<PointTarget>;
}

/** For a line without dots: recharts still draws the dot of a line's only point when `dot` is false. */
export const noDot = () => null;

const KEYS_BACK = new Set(['ArrowLeft', 'ArrowDown']);
const KEYS_ON = new Set(['ArrowRight', 'ArrowUp']);

/**
 * Clickable, keyboard-reachable points for a recharts line. Each visible dot is a link to its own
 * row's `href` (read from the row the dot was drawn for, not from the hovered category), and the
 * points share one tab stop, the newest point: the arrow keys move between them, Home and End
 * jump, Enter opens. `targets` follow the chart's data rows; null where a row has no point.
 *
 * Focus is followed without React state on purpose: recharts draws its dots afresh whenever the
 * chart re-renders with new props, which would drop the focused element mid-keypress or mid-click.
 * For the same reason, the chart's data and tick formatter must be memoised.
 */
export function useChartPoints(
  targets: readonly (PointTarget | null)[],
  colour: string,
): {
  dot: (props: DotProps) => ReactNode;
  activeDot: (props: DotProps) => ReactNode;
  /** Holds the chart: where the points are looked up. */
  chartRef: RefObject<HTMLDivElement | null>;
  /** An element under the chart that shows the focused point in words. */
  statusRef: RefObject<HTMLParagraphElement | null>;
} {
  const navigate = useNavigate();
  const chartRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const withPoint = targets.flatMap((t, i) => (t ? [i] : []));
  const stop = withPoint.at(-1) ?? -1;
  const small = targets.length > 60;

  const open = (href: string | undefined) => {
    if (href) void navigate(href);
  };
  const moveTo = (index: number | undefined) => {
    if (index !== undefined) chartRef.current?.querySelector<SVGGElement>(`[data-point="${index}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number, href: string | undefined) => {
    const at = withPoint.indexOf(index);
    if (e.key === 'Enter' || e.key === ' ') open(href);
    else if (KEYS_BACK.has(e.key)) moveTo(withPoint[Math.max(0, at - 1)]);
    else if (KEYS_ON.has(e.key)) moveTo(withPoint[Math.min(withPoint.length - 1, at + 1)]);
    else if (e.key === 'Home') moveTo(withPoint[0]);
    else if (e.key === 'End') moveTo(withPoint.at(-1));
    else return;
    e.preventDefault();
  };
  const say = (text: string) => {
    if (statusRef.current) statusRef.current.textContent = text;
  };

  const dot = ({ cx, cy, index, value, payload }: DotProps) => {
    if (cx === undefined || cy === undefined || value === null || value === undefined || !payload?.href) return null;
    const { href, description = '' } = payload;
    return (
      <g
        role="link"
        aria-label={description}
        tabIndex={index === stop ? 0 : -1}
        data-point={index}
        className="cursor-pointer"
        onClick={() => open(href)}
        onKeyDown={(e) => onKeyDown(e, index, href)}
        onFocus={() => say(description)}
        onBlur={() => say('')}
      >
        {/* A target larger than the dot, so it is easy to hit; focus shows the app's own outline. */}
        <circle cx={cx} cy={cy} r={small ? 5 : 8} fill="transparent" />
        <circle className="recharts-dot" cx={cx} cy={cy} r={small ? 1.5 : 3} fill={colour} />
      </g>
    );
  };

  // The dot recharts draws under the pointer: it opens the same row as the dot beneath it.
  const activeDot = ({ cx, cy, payload }: DotProps) =>
    cx === undefined || cy === undefined ? null : (
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={colour}
        stroke="#fff"
        strokeWidth={2}
        cursor="pointer"
        onClick={() => open(payload?.href)}
      />
    );

  return { dot, activeDot, chartRef, statusRef };
}

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CriterionId } from '../../grading/rubric';
import { RUBRIC, levelName } from '../../grading/rubric';
import type { Attempt } from '../../scenario/session.schema';

const COLOURS: Record<CriterionId, string> = {
  active_listening: '#0f766e',
  clarity: '#4338ca',
  open_questions: '#b45309',
  accountability: '#be123c',
  specific_feedback: '#7e22ce',
  networking: '#0369a1',
};

export interface ChartPoint {
  n: number;
  when: string;
  [criterion: string]: number | string | null;
}

/** One point per graded reply, oldest first, with the level of every criterion it was graded on. */
export function chartPoints(attempts: readonly Attempt[]): { points: ChartPoint[]; skills: CriterionId[] } {
  const skills = new Set<CriterionId>();
  const points = attempts.map((a, i) => {
    const p: ChartPoint = { n: i + 1, when: new Date(a.createdAt).toLocaleString() };
    for (const c of a.grade.criteria) {
      p[c.id] = c.level;
      skills.add(c.id);
    }
    return p;
  });
  const order = Object.keys(RUBRIC) as CriterionId[];
  return { points, skills: order.filter((id) => skills.has(id)) };
}

/** Small multiples: one chart per skill, so lines at the same level never hide each other. */
export function SkillChart({ attempts, width }: { attempts: readonly Attempt[]; width?: number }) {
  const { points, skills } = chartPoints(attempts);
  return (
    <figure aria-label="Skill levels over time" data-testid="skill-chart">
      <div className="grid gap-4 sm:grid-cols-2">
        {skills.map((id) => {
          const levels = points.flatMap((p) => (typeof p[id] === 'number' ? [p[id] as number] : []));
          const latest = levels.at(-1) ?? 0;
          const chart = (
            <LineChart
              data={points}
              margin={{ top: 6, right: 8, bottom: 0, left: -24 }}
              width={width}
              height={width ? 140 : undefined}
            >
              <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="n" tick={{ fontSize: 11 }} tickLine={false} />
              <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={{ fontSize: 11 }} tickLine={false} />
              <Tooltip
                labelFormatter={(_, payload) => String(payload?.[0]?.payload?.when ?? '')}
                formatter={(value) => [`${levelName(Number(value))} (${String(value)})`, RUBRIC[id].name]}
              />
              <Line
                type="linear"
                dataKey={id}
                stroke={COLOURS[id]}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          );
          return (
            <div key={id} className="rounded-lg border border-slate-100 p-3" data-testid={`skill-${id}`}>
              <div className="mb-1 flex items-baseline justify-between gap-2">
                <h3 className="text-sm font-semibold" style={{ color: COLOURS[id] }}>
                  {RUBRIC[id].name}
                </h3>
                <p className="text-xs text-slate-600">
                  latest: {levelName(latest)} ({latest}/4) · {levels.length} {levels.length === 1 ? 'reply' : 'replies'}
                </p>
              </div>
              {width ? (
                chart
              ) : (
                <ResponsiveContainer width="100%" height={140}>
                  {chart}
                </ResponsiveContainer>
              )}
            </div>
          );
        })}
      </div>
      <figcaption className="mt-2 text-xs text-slate-500">
        Level 0-4 on every graded reply, oldest on the left. Hover a point for its date.
      </figcaption>
    </figure>
  );
}

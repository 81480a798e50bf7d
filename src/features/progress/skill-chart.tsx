import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
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

export function SkillChart({ attempts, width }: { attempts: readonly Attempt[]; width?: number }) {
  const { points, skills } = chartPoints(attempts);
  const chart = (
    <LineChart
      data={points}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      width={width}
      height={width ? 280 : undefined}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
      <XAxis
        dataKey="n"
        tick={{ fontSize: 12 }}
        label={{ value: 'Reply', position: 'insideBottomRight', offset: -4, fontSize: 12 }}
      />
      <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} width={32} tick={{ fontSize: 12 }} />
      <Tooltip
        labelFormatter={(_, payload) => String(payload?.[0]?.payload?.when ?? '')}
        formatter={(value, name) => [
          `${levelName(Number(value))} (${String(value)})`,
          RUBRIC[name as CriterionId]?.name ?? name,
        ]}
      />
      <Legend formatter={(value: string) => RUBRIC[value as CriterionId]?.name ?? value} />
      {skills.map((id) => (
        <Line
          key={id}
          type="monotone"
          dataKey={id}
          stroke={COLOURS[id]}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  return (
    <figure aria-label="Skill levels over time" data-testid="skill-chart">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={280}>
          {chart}
        </ResponsiveContainer>
      )}
      <figcaption className="mt-1 text-xs text-slate-500">
        Level 0-4 of each skill on every graded reply, oldest on the left.
      </figcaption>
    </figure>
  );
}

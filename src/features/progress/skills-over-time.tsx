import { useMemo, useState } from 'react';
import { RUBRIC, type CriterionId } from '../../grading/rubric';
import type { AttemptSummary } from '../../storage/history.schema';
import { Card } from '../../ui/card';
import { bucketise, bucketSizeOf } from './buckets';
import { replies } from './format';
import { SkillChart, SKILL_COLOURS } from './skill-chart';

const SKILLS = Object.keys(RUBRIC) as CriterionId[];

/** The matching replies' levels over time, one skill's chart at a time (tabs), so years of history stay quick. */
export function SkillsOverTime({
  attempts,
  skill,
  width,
  lowPressure,
}: {
  attempts: readonly AttemptSummary[];
  /** The skill filter: only its chart, when set. */
  skill: string;
  width?: number;
  lowPressure: boolean;
}) {
  const size = bucketSizeOf(attempts, (a) => a.createdAt);
  const buckets = useMemo(() => (size ? bucketise(attempts, size) : []), [attempts, size]);
  const skills = SKILLS.filter((s) => (skill ? s === skill : attempts.some((a) => s in a.levels)));
  const [chosen, setChosen] = useState<CriterionId | null>(null);
  const chartSkill = chosen && skills.includes(chosen) ? chosen : (skills[0] ?? null);
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">Skills over time</h2>
        <p className="text-xs text-slate-500">
          {replies(attempts.length)} · one point per {size ?? 'reply'} · the thick line is the trend · click a point to
          open its reply
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
            <SkillChart key={chartSkill} skill={chartSkill} buckets={buckets} width={width} lowPressure={lowPressure} />
          )}
        </figure>
      )}
    </Card>
  );
}

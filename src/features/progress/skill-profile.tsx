import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import type { AttemptSummary } from '../../storage/history.schema';
import { RECENT_LEVELS, skillSnapshot } from '../../storage/skill-snapshot';
import { Card } from '../../ui/card';
import { LevelMeter } from '../../ui/level-meter';

const SKILLS = Object.keys(RUBRIC) as CriterionId[];

/** Every skill the learner has been graded on, as it stands now (whatever the filters). */
export function SkillProfile({ attempts, lowPressure }: { attempts: readonly AttemptSummary[]; lowPressure: boolean }) {
  return (
    <Card aria-labelledby="profile">
      <h2 id="profile" className="font-semibold">
        Your skills now
      </h2>
      <ul className="mt-3 grid gap-x-8 gap-y-2 sm:grid-cols-2" data-testid="skill-profile">
        {skillSnapshot(attempts, { skills: SKILLS })
          .filter((s) => s.count > 0)
          .map(({ id, mean }) => (
            <li key={id} className="flex items-center justify-between gap-3 text-sm">
              <span>{RUBRIC[id].name}</span>
              <span className="flex items-center gap-2 text-slate-600">
                <LevelMeter level={Math.round(mean)} />
                {lowPressure ? levelName(mean) : `${levelName(mean)} · ${mean.toFixed(1)}/4`}
              </span>
            </li>
          ))}
      </ul>
      <p className="mt-2 text-xs text-slate-500">The mean of your last {RECENT_LEVELS} replies graded on each skill.</p>
    </Card>
  );
}

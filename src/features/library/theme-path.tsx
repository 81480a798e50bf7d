import { categoryName, type Scenario } from '../../scenario/scenario.schema';
import { STAGE_NAMES, themeStages, type ReplyLevels } from '../../scenario/path';
import { Card } from '../../ui/card';

/**
 * How far the learner has come on each theme's path from gentle to demanding (the daily pick
 * follows it): practised themes only, so a new learner sees nothing to live up to.
 */
export function ThemePath({
  scenarios,
  attempts,
}: {
  scenarios: readonly Scenario[];
  attempts: readonly ReplyLevels[];
}) {
  const stages = themeStages(scenarios, attempts);
  if (stages.size === 0) return null;
  return (
    <Card aria-labelledby="path-heading" data-testid="theme-path">
      <h2 id="path-heading" className="font-semibold">
        Your path
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each theme moves from gentle to demanding as your levels on its skills rise, and back when they fall.
        Today&apos;s pick follows it.
      </p>
      <ul className="mt-3 grid gap-x-8 gap-y-1.5 text-sm sm:grid-cols-2">
        {[...stages].map(([category, stage]) => (
          <li key={category} className="flex items-center justify-between gap-3">
            <span className="capitalize">{categoryName(category)}</span>
            <span className="flex items-center gap-2 text-slate-700">
              <span className="flex gap-0.5" aria-hidden>
                {[1, 2, 3].map((n) => (
                  <span key={n} className={`h-2 w-5 rounded-sm ${n <= stage ? 'bg-indigo-600' : 'bg-slate-200'}`} />
                ))}
              </span>
              {STAGE_NAMES[stage]}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

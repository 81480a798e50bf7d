import type { Grade } from '../../grading/grade.schema';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';

/** The learner's own rating beside the grader's, criterion by criterion. */
export function SelfComparison({
  grade,
  self,
  lowPressure,
}: {
  grade: Grade;
  self: Partial<Record<CriterionId, number>>;
  lowPressure: boolean;
}) {
  return (
    <section
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-labelledby="self-vs-grader"
      data-testid="self-comparison"
    >
      <h3 id="self-vs-grader" className="font-semibold">
        Your view and the grader's
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {grade.criteria
          .filter((c) => self[c.id] !== undefined)
          .map((c) => {
            const gap = self[c.id]! - c.level;
            return (
              <li key={c.id} className="flex flex-wrap justify-between gap-2">
                <span>{RUBRIC[c.id].name}</span>
                <span className="text-slate-700">
                  you: {levelName(self[c.id]!)} · grader: {levelName(c.level)} ·{' '}
                  <span className={gap === 0 ? 'text-emerald-700' : 'text-amber-800'}>
                    {gap === 0
                      ? 'spot on'
                      : lowPressure
                        ? gap > 0
                          ? 'you rated it higher'
                          : 'you rated it lower'
                        : gap > 0
                          ? `you rated it ${gap} ${gap === 1 ? 'level' : 'levels'} higher`
                          : `you rated it ${-gap} ${gap === -1 ? 'level' : 'levels'} lower`}
                  </span>
                </span>
              </li>
            );
          })}
      </ul>
    </section>
  );
}

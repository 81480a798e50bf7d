import { useState } from 'react';
import { RUBRIC, LEVEL_NAMES, type CriterionId } from '../../grading/rubric';
import { Button } from '../../ui/button';

/** Before seeing the grade, the learner rates their own reply on each criterion. */
export function SelfAssessForm({
  criteria,
  onDone,
  onSkip,
}: {
  criteria: readonly CriterionId[];
  onDone: (ratings: Partial<Record<CriterionId, number>>) => void;
  onSkip: () => void;
}) {
  const [ratings, setRatings] = useState<Partial<Record<CriterionId, number>>>({});
  const complete = criteria.every((c) => ratings[c] !== undefined);
  return (
    <section
      className="space-y-4 rounded-xl border border-indigo-200 bg-white p-4"
      aria-labelledby="self-assess"
      data-testid="self-assess"
    >
      <div>
        <h2 id="self-assess" className="text-lg font-semibold">
          First, how do you think that went?
        </h2>
        <p className="text-sm text-slate-600">
          Rate your own reply; then compare with the grader. Noticing the gap is part of the skill.
        </p>
      </div>
      {criteria.map((c) => (
        <fieldset key={c} className="space-y-1">
          <legend className="text-sm font-medium">{RUBRIC[c].name}</legend>
          <div className="flex flex-wrap gap-1">
            {LEVEL_NAMES.map((name, level) => (
              <label
                key={name}
                className={`cursor-pointer rounded-full border px-3 py-1 text-xs ${ratings[c] === level ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 hover:bg-slate-50'}`}
              >
                <input
                  type="radio"
                  name={`self-${c}`}
                  value={level}
                  className="sr-only"
                  checked={ratings[c] === level}
                  onChange={() => setRatings((r) => ({ ...r, [c]: level }))}
                />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex gap-2">
        <Button disabled={!complete} onClick={() => onDone(ratings)}>
          Show the grader's view
        </Button>
        <Button variant="ghost" onClick={onSkip}>
          Skip this time
        </Button>
      </div>
    </section>
  );
}

import { DISAGREEMENT, type CriterionGrade } from '../../grading/grade.schema';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { HighlightedReply } from './highlighted-reply';

/**
 * One criterion of a grade in full: its level in words, the reply with that criterion's evidence
 * marked, its checks, and a tip (unless it is the weakest, whose suggestion follows below).
 */
export function CriterionDetail({
  reply,
  current,
  weakest,
  lowPressure,
}: {
  reply: string;
  current: CriterionGrade;
  weakest: CriterionId;
  lowPressure: boolean;
}) {
  const def = RUBRIC[current.id];
  const checkLabels = Object.fromEntries([
    ...def.checks.map((c) => [c.id, c.label] as const),
    ['addressed_to_grader', 'Addressed to the grader'],
  ]);
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="criterion-detail">
      <div>
        <h3 className="font-semibold">
          {def.name}: {levelName(current.level)}
          {!lowPressure && ` (${current.level} of 4)`}
        </h3>
        <p className="mt-1 text-sm text-slate-700">{def.levels[current.level]}</p>
        {disagrees(current) && (
          <p className="mt-1 text-sm text-slate-700">
            The on-device grader rates this {levelName(current.embedded_level!)}: “{def.levels[current.embedded_level!]}
            ” The two engines read your reply differently here; the level above is the model’s.
          </p>
        )}
        <p className="mt-1 text-xs text-slate-500">{def.summary}</p>
      </div>
      <div>
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
          {evidenceCaption(def.name.toLowerCase(), current)}
        </p>
        <HighlightedReply reply={reply} evidence={current.evidence} checkLabels={checkLabels} />
        <p className="mt-1 flex gap-4 text-xs text-slate-500">
          <span>
            <span
              className="mr-1 inline-block rounded-sm bg-emerald-100 px-1 font-semibold text-emerald-900"
              aria-hidden
            >
              ✓
            </span>
            strength
          </span>
          <span>
            <span className="mr-1 inline-block rounded-sm bg-amber-100 px-1 font-semibold text-amber-900" aria-hidden>
              !
            </span>
            to work on
          </span>
          <span>the number matches the list under the reply</span>
        </p>
      </div>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {current.checks.map((check) => {
          const weight = def.checks.find((c) => c.id === check.id)?.weight ?? 1;
          const good = weight >= 0 ? check.met : !check.met;
          if (weight < 0 && !check.met) return null;
          return (
            <li key={check.id} className={good ? 'text-emerald-800' : 'text-slate-500'}>
              <span aria-hidden>{good ? '✓ ' : weight < 0 ? '! ' : '○ '}</span>
              {check.label}
              <span className="sr-only">{good ? ' (done)' : weight < 0 ? ' (found)' : ' (not yet)'}</span>
            </li>
          );
        })}
      </ul>
      {current.id !== weakest && (
        <p className="text-sm text-slate-700">
          <span className="font-medium">Tip: </span>
          {current.suggestion.text}
        </p>
      )}
    </div>
  );
}

/** What the marked reply shows, in words that fit the level: "nothing to flag" above a Strong level. */
function evidenceCaption(name: string, c: CriterionGrade): string {
  const strengths = c.evidence.some((e) => e.polarity === 'supports');
  const issues = c.evidence.some((e) => e.polarity === 'undermines');
  if (strengths || issues)
    return `Your reply, with ${strengths && issues ? 'strengths and things to work on' : strengths ? 'its strengths' : 'things to work on'} for ${name} marked`;
  return c.level >= 3 ? `Your reply: nothing to flag for ${name}` : `Your reply: no words that show ${name} yet`;
}

/** An LLM level two or more away from the on-device grader's, shown with both. */
export function disagrees(c: CriterionGrade): boolean {
  return c.embedded_level !== undefined && Math.abs(c.level - c.embedded_level) >= DISAGREEMENT;
}

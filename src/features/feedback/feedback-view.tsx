import { useId, useState } from 'react';
import { DISAGREEMENT, type CriterionGrade, type Grade } from '../../grading/grade.schema';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { LevelMeter } from '../../ui/level-meter';
import { HighlightedReply } from './highlighted-reply';
import { BetterVersion } from './better-version';
import { Exemplars } from './exemplars';
import { Button } from '../../ui/button';
import { Spinner } from '../../ui/spinner';
import { useLowPressure } from '../../ui/low-pressure';

export interface GradedReply {
  reply: string;
  /** What the partner said, which the reply answered. */
  context: string;
  grade: Grade;
  /** The learner's own levels, given before seeing the grade. */
  selfAssessment?: Partial<Record<CriterionId, number>>;
}

/** The criterion to work on next: the lowest level, the scenario's own criteria first on a tie. */
export function weakestCriterion(grade: Grade): CriterionGrade {
  return [...grade.criteria].sort((a, b) => a.level - b.level || order(b.id) - order(a.id))[0]!;
}
const order = (id: CriterionId) => (['active_listening', 'clarity', 'open_questions'].includes(id) ? 0 : 1);

export function engineLabel(grade: Grade): string {
  const e = grade.engine;
  const who = e.name === 'embedded' ? 'on this device by the embedded grader' : `by ${e.model ?? 'a language model'}`;
  return `Graded ${who} (v${e.version}, rubric ${e.rubric_version})`;
}

/**
 * Feedback on one reply: each criterion's level in words and numbers, the reply with that
 * criterion's evidence highlighted, and a concrete suggestion for the weakest criterion.
 * With `previous`, the earlier attempt at the same beat is shown beside it.
 */
/** Grading the reply again with another engine; whoever owns the attempt runs it and reports back. */
export interface Regrade {
  /** e.g. "Regrade with gpt-4o-mini". */
  label: string;
  busy: boolean;
  /** Why the last regrade gave no grade. */
  error: string | null;
  start: () => void;
}

export function FeedbackView({
  attempt,
  previous,
  regrade,
  exemplars = [],
}: {
  attempt: GradedReply;
  previous?: GradedReply;
  regrade?: Regrade;
  /** The moment's exemplar replies, shown after the learner's grade. */
  exemplars?: readonly string[];
}) {
  const { grade } = attempt;
  const weakest = weakestCriterion(grade);
  const [selected, setSelected] = useState<CriterionId>(weakest.id);
  const current = grade.criteria.find((c) => c.id === selected) ?? weakest;
  const def = RUBRIC[current.id];
  const headingId = useId();
  const lowPressure = useLowPressure();
  const meanLevel = grade.criteria.reduce((t, c) => t + c.level, 0) / grade.criteria.length;
  const checkLabels = Object.fromEntries([
    ...def.checks.map((c) => [c.id, c.label] as const),
    ['addressed_to_grader', 'Addressed to the grader'],
  ]);

  return (
    <section aria-labelledby={headingId} className="space-y-5" data-testid="feedback">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            Feedback on your reply
          </h2>
          <p className="text-xs text-slate-500">{engineLabel(grade)}</p>
        </div>
        {lowPressure ? (
          <p className="text-right text-lg font-semibold text-indigo-900" data-testid="overall-words">
            {levelName(meanLevel)} overall
          </p>
        ) : (
          <p className="text-right">
            <span className="text-3xl font-bold text-indigo-900" data-testid="overall">
              {grade.overall}
            </span>
            <span className="text-sm text-slate-500"> / 100</span>
          </p>
        )}
      </div>

      {grade.notice && (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="grade-notice"
        >
          {grade.notice}
        </div>
      )}
      {regrade && (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" disabled={regrade.busy} onClick={regrade.start}>
            {regrade.label}
          </Button>
          {regrade.busy && <Spinner label="Asking the model…" />}
          {!regrade.busy && regrade.error && (
            <p role="alert" className="text-sm text-rose-800">
              {regrade.error} Your grade is unchanged.
            </p>
          )}
        </div>
      )}
      {grade.flags.includes('addressed-to-grader') && (
        <p role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          Part of your reply speaks to the grader rather than to the person in the scenario. That part earns nothing and
          the reply is graded as off-task.
        </p>
      )}
      {grade.flags.includes('held-to-on-device') && (
        <p
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="held-back"
        >
          Your reply mentions grading or scores, so no level here is above what the on-device grader found: a model can
          be talked into a grade, the on-device grader cannot.
        </p>
      )}
      {grade.flags.includes('truncated') && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Your reply is very long; only its first part was graded.
        </p>
      )}

      {previous && <GradeComparison previous={previous.grade} current={grade} lowPressure={lowPressure} />}

      <div className="grid gap-4 md:grid-cols-[15rem_1fr]">
        <div role="group" aria-label="Criteria" className="flex flex-col gap-1">
          {grade.criteria.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={c.id === current.id}
              onClick={() => setSelected(c.id)}
              className={`flex flex-col gap-1 rounded-lg border px-3 py-2 text-left text-sm ${
                c.id === current.id ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200 bg-white hover:bg-slate-50'
              }`}
            >
              <span className="font-medium">{RUBRIC[c.id].name}</span>
              <span className="flex items-center gap-2 text-xs text-slate-600">
                <LevelMeter level={c.level} />
                <span>{lowPressure ? levelName(c.level) : `${levelName(c.level)} · ${c.level}/4`}</span>
              </span>
              {disagrees(c) && (
                <span className="text-xs text-slate-600" data-testid="second-opinion">
                  On-device grader: {levelName(c.embedded_level!)}
                  {!lowPressure && ` · ${c.embedded_level}/4`}
                </span>
              )}
            </button>
          ))}
        </div>

        <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="criterion-detail">
          <div>
            <h3 className="font-semibold">
              {def.name}: {levelName(current.level)}
              {!lowPressure && ` (${current.level} of 4)`}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{def.levels[current.level]}</p>
            {disagrees(current) && (
              <p className="mt-1 text-sm text-slate-700">
                The on-device grader rates this {levelName(current.embedded_level!)}: “
                {def.levels[current.embedded_level!]}” The two engines read your reply differently here; the level above
                is the model’s.
              </p>
            )}
            <p className="mt-1 text-xs text-slate-500">{def.summary}</p>
          </div>
          <div>
            <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
              {evidenceCaption(def.name.toLowerCase(), current)}
            </p>
            <HighlightedReply reply={attempt.reply} evidence={current.evidence} checkLabels={checkLabels} />
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
                <span
                  className="mr-1 inline-block rounded-sm bg-amber-100 px-1 font-semibold text-amber-900"
                  aria-hidden
                >
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
          {current.id !== weakest.id && (
            <p className="text-sm text-slate-700">
              <span className="font-medium">Tip: </span>
              {current.suggestion.text}
            </p>
          )}
        </div>
      </div>

      {attempt.selfAssessment && (
        <SelfComparison grade={grade} self={attempt.selfAssessment} lowPressure={lowPressure} />
      )}

      {grade.better_version && <BetterVersion reply={attempt.reply} better={grade.better_version} />}
      <Exemplars exemplars={exemplars} />

      <div className="rounded-xl border border-indigo-200 bg-indigo-50 p-4" data-testid="suggestion">
        <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700">
          Try next: {RUBRIC[weakest.id].name}
        </p>
        <p className="mt-1 text-slate-900">{weakest.suggestion.text}</p>
        {weakest.suggestion.example && (
          <p className="mt-2 text-slate-800">
            For example: <q className="italic">{weakest.suggestion.example}</q>
          </p>
        )}
        {weakest.suggestion.grounding && (
          <p className="mt-2 text-xs text-indigo-900/70">
            Picks up “{weakest.suggestion.grounding}” from what they said.
          </p>
        )}
      </div>
    </section>
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
function disagrees(c: CriterionGrade): boolean {
  return c.embedded_level !== undefined && Math.abs(c.level - c.embedded_level) >= DISAGREEMENT;
}

function GradeComparison({
  previous,
  current,
  lowPressure,
}: {
  previous: Grade;
  current: Grade;
  lowPressure: boolean;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="text-sm font-semibold">Compared with your previous try at this moment</h3>
      <table className="mt-2 w-full text-sm" data-testid="comparison">
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th className="py-1 font-medium">Criterion</th>
            <th className="py-1 font-medium">Before</th>
            <th className="py-1 font-medium">Now</th>
          </tr>
        </thead>
        <tbody>
          {!lowPressure && (
            <tr className="border-t border-slate-100">
              <td className="py-1">Overall</td>
              <td className="py-1">{previous.overall}</td>
              <td className="py-1 font-semibold">
                {current.overall} <Delta value={current.overall - previous.overall} />
              </td>
            </tr>
          )}
          {current.criteria.map((c) => {
            const before = previous.criteria.find((p) => p.id === c.id)?.level;
            return (
              <tr key={c.id} className="border-t border-slate-100">
                <td className="py-1">{RUBRIC[c.id].name}</td>
                <td className="py-1">
                  {before === undefined ? '–' : lowPressure ? levelName(before) : `${levelName(before)} (${before})`}
                </td>
                <td className="py-1 font-semibold">
                  {lowPressure ? levelName(c.level) : `${levelName(c.level)} (${c.level})`}{' '}
                  {before !== undefined && <Delta value={c.level - before} words={lowPressure} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Delta({ value, words = false }: { value: number; words?: boolean }) {
  if (value === 0) return <span className="text-xs font-normal text-slate-500">(same)</span>;
  if (words) {
    return (
      <span className={`text-xs font-semibold ${value > 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
        ({value > 0 ? 'stronger' : 'not as strong'})
      </span>
    );
  }
  return (
    <span className={`text-xs font-semibold ${value > 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
      ({value > 0 ? '+' : '−'}
      {Math.abs(value)})
    </span>
  );
}

/** The learner's own rating beside the grader's, criterion by criterion. */
function SelfComparison({
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

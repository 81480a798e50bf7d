import { useId, useState } from 'react';
import type { CriterionGrade, Grade } from '../../grading/grade.schema';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { engineLabel } from '../../storage/history.schema';
import { LevelMeter } from '../../ui/level-meter';
import { useLowPressure } from '../../ui/low-pressure';
import { BetterVersion } from './better-version';
import { CriterionDetail, disagrees } from './criterion-detail';
import { Exemplars } from './exemplars';
import { GradeComparison } from './grade-comparison';
import { GradeNotices } from './grade-notices';
import { SelfComparison } from './self-comparison';
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

/** Grading the reply again with another engine; whoever owns the attempt runs it and reports back. */
export interface Regrade {
  /** e.g. "Regrade with gpt-4o-mini". */
  label: string;
  busy: boolean;
  /** Why the last regrade gave no grade. */
  error: string | null;
  start: () => void;
}

/**
 * Feedback on one reply: each criterion's level in words and numbers, the reply with that
 * criterion's evidence highlighted, and a concrete suggestion for the weakest criterion.
 * With `previous`, the earlier attempt at the same beat is shown beside it.
 */
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
  const headingId = useId();
  const lowPressure = useLowPressure();
  const meanLevel = grade.criteria.reduce((t, c) => t + c.level, 0) / grade.criteria.length;

  return (
    <section aria-labelledby={headingId} className="space-y-5" data-testid="feedback">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-lg font-semibold">
            Feedback on your reply
          </h2>
          <p className="text-xs text-slate-500">
            Graded by {engineLabel(grade.engine)} (v{grade.engine.version}, rubric {grade.engine.rubric_version})
          </p>
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

      <GradeNotices grade={grade} regrade={regrade} />

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

        <CriterionDetail reply={attempt.reply} current={current} weakest={weakest.id} lowPressure={lowPressure} />
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

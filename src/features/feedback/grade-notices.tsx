import type { Grade } from '../../grading/grade.schema';
import { Button } from '../../ui/button';
import { Spinner } from '../../ui/spinner';
import type { Regrade } from './feedback-view';

/** What the learner should know about how the reply was graded: notices, flags, and a regrade. */
export function GradeNotices({ grade, regrade }: { grade: Grade; regrade?: Regrade }) {
  return (
    <>
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
    </>
  );
}

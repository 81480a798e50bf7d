import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { LearnerLine } from './conversation-lines';

/** The reply while it is graded; `onUseOnDevice` when the learner may stop waiting for the model. */
export function Grading({
  reply,
  onDevice,
  onUseOnDevice,
}: {
  reply: string;
  onDevice: boolean;
  onUseOnDevice?: () => void;
}) {
  return (
    <div className="space-y-2">
      <LearnerLine text={reply} />
      <div className="flex flex-wrap items-center gap-3">
        <Spinner label={onDevice ? 'Grading on this device…' : 'Grading your reply…'} />
        {onUseOnDevice && (
          <Button variant="secondary" onClick={onUseOnDevice}>
            Use the on-device grade
          </Button>
        )}
      </div>
    </div>
  );
}

/** A reply the grader could not grade: kept, with no score, to grade again or edit. */
export function GradingFailed({
  reply,
  reason,
  onRetry,
  onEdit,
}: {
  reply: string;
  reason: string | null | undefined;
  onRetry: () => void;
  onEdit: () => void;
}) {
  return (
    <div className="space-y-3">
      <LearnerLine text={reply} />
      <Notice tone="error" title="Your reply could not be graded">
        <p>{reason}</p>
        <p className="mt-1">Your reply is kept. No score was given.</p>
      </Notice>
      <div className="flex gap-2">
        <Button onClick={onRetry}>Try grading again</Button>
        <Button variant="secondary" onClick={onEdit}>
          Edit the reply
        </Button>
      </div>
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CriterionId } from '../../grading/rubric';
import type { Attempt } from '../../storage/history.schema';
import { Button } from '../../ui/button';
import { LearnerLine } from './conversation-lines';
import { SelfAssessForm } from './self-assess-form';

/**
 * The latest reply and its feedback, with the way on: continue, or retry the moment. With
 * `selfAssess`, the learner first rates the reply (or skips), and only then sees the grade.
 */
export function ReplyFeedback({
  latest,
  selfAssess,
  feedback,
  onSelfAssessed,
  onContinue,
  onRetry,
}: {
  latest: Attempt;
  selfAssess: boolean;
  /** The feedback on the reply, as the page renders it. */
  feedback: ReactNode;
  onSelfAssessed: (ratings: Partial<Record<CriterionId, number>>) => void;
  onContinue: () => void;
  onRetry: () => void;
}) {
  const feedbackRef = useRef<HTMLDivElement>(null);
  const [skippedSelf, setSkippedSelf] = useState<ReadonlySet<string>>(new Set());
  const askSelf = selfAssess && !latest.selfAssessment && !skippedSelf.has(latest.id);

  // Move focus to the feedback when it arrives, so keyboard and screen-reader users land on it.
  useEffect(() => {
    feedbackRef.current?.focus();
  }, [latest.id]);

  return (
    <div className="space-y-4">
      <LearnerLine text={latest.reply} />
      {askSelf ? (
        <SelfAssessForm
          criteria={latest.grade.criteria.map((c) => c.id)}
          onSkip={() => setSkippedSelf((s) => new Set([...s, latest.id]))}
          onDone={onSelfAssessed}
        />
      ) : (
        <div ref={feedbackRef} tabIndex={-1} className="rounded-xl focus:outline-none">
          {feedback}
        </div>
      )}
      <div className={`flex flex-wrap gap-2 border-t border-slate-200 pt-4 ${askSelf ? 'hidden' : ''}`}>
        <Button onClick={onContinue}>Continue the conversation</Button>
        <Button variant="secondary" onClick={onRetry}>
          Retry this moment
        </Button>
      </div>
    </div>
  );
}

import type { AttemptSummary } from '../../storage/history.schema';
import { Card } from '../../ui/card';

/** How close the learner's own ratings come to the grader's, early on and lately. */
export function Calibration({ attempts, lowPressure }: { attempts: readonly AttemptSummary[]; lowPressure: boolean }) {
  const rated = attempts.filter((a) => a.selfGap !== undefined);
  if (rated.length === 0) return null;
  const mean = (xs: readonly AttemptSummary[]) => xs.reduce((t, a) => t + a.selfGap!, 0) / xs.length;
  const recent = mean(rated.slice(-10));
  const early = mean(rated.slice(0, 10));
  const words = (gap: number) =>
    gap < 0.25
      ? 'almost exactly'
      : gap < 0.75
        ? 'within about half a level of'
        : lowPressure
          ? 'more than half a level from'
          : `about ${gap.toFixed(1)} levels from`;
  return (
    <Card aria-labelledby="calibration" data-testid="calibration">
      <h2 id="calibration" className="font-semibold">
        Your own judgement
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {rated.length === 1
          ? 'On your one self-rated reply'
          : `Over your last ${Math.min(10, rated.length)} self-rated replies`}
        , your {rated.length === 1 ? 'rating was' : 'ratings were'} {words(recent)} the grader's.
        {rated.length > 10 && ` In your first ten they were ${words(early)} it.`}
      </p>
    </Card>
  );
}

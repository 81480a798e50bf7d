import { Link } from 'react-router';
import { conversationOutcome } from '../../scenario/conversation-outcome';
import { debriefWords } from '../../scenario/debrief-words';
import { sessionListening } from '../../scenario/practice-session.machine';
import type { Scenario } from '../../scenario/scenario.schema';
import type { Attempt } from '../../storage/history.schema';
import { skillSnapshot } from '../../storage/skill-snapshot';
import { Button, buttonClass } from '../../ui/button';
import { countOf } from '../../ui/count';
import { DebriefCard } from '../../ui/debrief-card';
import { useLowPressure } from '../../ui/low-pressure';
import { Spinner } from '../../ui/spinner';

/** The end of a conversation: its outcome, scores per criterion, listening, the scenario's tips, and where next. */
export function Debrief({
  scenario,
  kept,
  endingBeat,
  saving,
  onPractiseAgain,
}: {
  scenario: Scenario;
  kept: Attempt[];
  endingBeat: string;
  saving: boolean;
  onPractiseAgain: () => void;
}) {
  const outcome = conversationOutcome(
    scenario.beats.find((b) => b.id === endingBeat)?.outcome,
    kept.map((a) => a.grade.overall),
  );
  const lowPressure = useLowPressure();
  const listening = sessionListening(kept);
  const overall = kept.length ? Math.round(kept.reduce((s, a) => s + a.grade.overall, 0) / kept.length) : 0;
  // Each criterion's mean over the whole conversation.
  const means = skillSnapshot(kept, { recent: Infinity });
  return (
    <DebriefCard
      score={lowPressure ? null : overall}
      replies={countOf(kept.length, 'reply', 'replies')}
      {...debriefWords({ outcome, success: scenario.success, listening, means, lowPressure })}
      tips={scenario.debrief.tips}
      actions={
        saving ? (
          <Spinner label="Saving this conversation…" />
        ) : (
          <>
            <Link to="/progress" className={buttonClass('primary')}>
              See your progress
            </Link>
            <Button variant="secondary" onClick={onPractiseAgain}>
              Practise this again
            </Button>
            <Link to="/" className={buttonClass('ghost')}>
              Back to today
            </Link>
          </>
        )
      }
    />
  );
}

import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { FeedbackView } from '../../features/feedback/feedback-view';
import { PracticeSessionView } from '../../features/practice/practice-session-view';
import { clearActiveSession } from '../../storage/active-session';
import { useSettings } from '../../storage/use-settings';
import { ErrorList } from '../../ui/error-list';
import { RouteError } from '../route-error';
import { appGrader, onDeviceGrader, personaSpeaker, warmUpGrader } from '../grader';
import { useLatestConversation } from '../../storage/use-history';
import { llmRegrader } from '../regrade';
import { useScenario } from '../catalogue';

export function Component() {
  const { scenarioId = '' } = useParams();
  const found = useScenario(scenarioId);
  const scenario = found.kind === 'found' ? found.scenario : undefined;
  const [run, setRun] = useState(0);
  const { selfAssess } = useSettings().settings;
  useEffect(warmUpGrader, []);
  const speaker = useMemo(() => (scenario ? personaSpeaker(scenario) : undefined), [scenario]);

  const regrader = useMemo(() => llmRegrader(), []);
  // A reload on the debrief, or a return visit, finds the last conversation's debrief from the briefing.
  const lastConversation = useLatestConversation(scenarioId);

  if (!scenario) {
    if (found.kind === 'loading') return <p className="text-sm text-slate-500">Loading scenario…</p>;
    if (found.kind === 'invalid') return <ErrorList title="This scenario file has errors" errors={found.errors} />;
    return <RouteError notFound />;
  }
  return (
    <PracticeSessionView
      key={`${scenario.id}-${scenario.version}-${run}`}
      scenario={scenario}
      grader={appGrader()}
      onDevice={onDeviceGrader()}
      speakAsPersona={speaker}
      selfAssess={selfAssess}
      regrader={regrader}
      lastConversation={lastConversation}
      renderFeedback={(attempt, previous, regrade) => (
        <FeedbackView
          attempt={attempt}
          previous={previous}
          regrade={regrade}
          exemplars={scenario.beats.find((b) => b.id === attempt.beatId)?.exemplars}
        />
      )}
      onPractiseAgain={() => {
        clearActiveSession(scenario.id);
        setRun((r) => r + 1);
      }}
    />
  );
}

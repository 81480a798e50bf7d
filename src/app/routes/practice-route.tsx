import { useState } from 'react';
import { useParams } from 'react-router';
import { FeedbackView } from '../../features/feedback/feedback-view';
import { PracticeSessionView } from '../../features/practice/practice-session-view';
import { findScenario } from '../../scenario/scenario-library';
import { clearActiveSession } from '../../storage/active-session';
import { RouteError } from '../route-error';
import { appGrader } from '../grader';

export function Component() {
  const { scenarioId = '' } = useParams();
  const scenario = findScenario(scenarioId);
  const [run, setRun] = useState(0);
  if (!scenario) return <RouteError notFound />;
  return (
    <PracticeSessionView
      key={`${scenario.id}-${run}`}
      scenario={scenario}
      grader={appGrader()}
      renderFeedback={(attempt, previous) => <FeedbackView attempt={attempt} previous={previous} />}
      onPractiseAgain={() => {
        clearActiveSession(scenario.id);
        setRun((r) => r + 1);
      }}
    />
  );
}

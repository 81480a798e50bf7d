import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { FeedbackView } from '../../features/feedback/feedback-view';
import { PracticeSessionView } from '../../features/practice/practice-session-view';
import { formatScenarioError } from '../../scenario/parse-scenario';
import { findScenario } from '../../scenario/scenario-library';
import type { Scenario } from '../../scenario/scenario.schema';
import { clearActiveSession } from '../../storage/active-session';
import { loadSettings } from '../../storage/settings';
import { getImportedScenario } from '../../storage/imported-scenarios';
import { ErrorList } from '../../ui/error-list';
import { RouteError } from '../route-error';
import { appGrader, onDeviceGrader, personaSpeaker, warmUpGrader } from '../grader';
import { llmRegrade } from '../regrade';

type Lookup = { scenario: Scenario } | { errors: string[] } | null;

export function Component() {
  const { scenarioId = '' } = useParams();
  const builtIn = findScenario(scenarioId);
  // Not built in: perhaps a scenario the learner imported into this browser.
  const imported = useLiveQuery(
    async (): Promise<Lookup> => {
      if (builtIn) return null;
      const found = await getImportedScenario(scenarioId).catch(() => null);
      if (!found) return null;
      return found.result.ok
        ? { scenario: found.result.scenario }
        : { errors: found.result.errors.map(formatScenarioError) };
    },
    [scenarioId, builtIn],
    'loading' as const,
  );
  const scenario =
    builtIn ?? (imported !== 'loading' && imported && 'scenario' in imported ? imported.scenario : undefined);
  const [run, setRun] = useState(0);
  useEffect(warmUpGrader, []);
  const speaker = useMemo(() => (scenario ? personaSpeaker(scenario) : undefined), [scenario]);

  if (!scenario) {
    if (imported === 'loading') return <p className="text-sm text-slate-500">Loading scenario…</p>;
    if (imported && 'errors' in imported)
      return <ErrorList title="This scenario file has errors" errors={imported.errors} />;
    return <RouteError notFound />;
  }
  return (
    <PracticeSessionView
      key={`${scenario.id}-${scenario.version}-${run}`}
      scenario={scenario}
      grader={appGrader()}
      onDevice={onDeviceGrader()}
      speakAsPersona={speaker}
      selfAssess={loadSettings().selfAssess}
      renderFeedback={(attempt, previous, replaceGrade) => (
        <FeedbackView
          attempt={attempt}
          previous={previous}
          regrade={llmRegrade(attempt, replaceGrade)}
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

import { useState } from 'react';
import type { Regrade } from '../features/feedback/feedback-view';
import type { Grader } from '../grading/grade.schema';
import { requestForAttempt } from '../scenario/grade-request';
import type { Scenario } from '../scenario/scenario.schema';
import { engineLabel, type Attempt } from '../storage/history.schema';
import { saveAttempt } from '../storage/history';
import { llmGrader } from './grader';
import { llmClient } from './llm';

/** The configured LLM as a regrader and its button's words, or undefined when none is set up. */
export function llmRegrader(): { grader: Grader; label: string } | undefined {
  const grader = llmGrader();
  const client = llmClient();
  return grader && client
    ? { grader, label: `Regrade with ${engineLabel({ name: 'llm', model: client.config.model })}` }
    : undefined;
}

/**
 * Regrading a saved attempt outside a conversation (its page in Progress): the same request the
 * conversation built, rebuilt from what the attempt stored. Inside a conversation the session
 * machine does this itself. A regrade whose save fails says so; the new grade is not shown as kept.
 */
export function useAttemptRegrade(
  attempt: Attempt | null | undefined,
  scenario: Scenario | undefined,
): Regrade | undefined {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const regrader = llmRegrader();
  // An LLM grade is cached: asking again would give the same grade, so only other grades are offered.
  if (!attempt || !regrader || attempt.grade.engine.name === regrader.grader.name) return undefined;
  return {
    label: regrader.label,
    ...state,
    start: () => {
      setState({ busy: true, error: null });
      void (async () => {
        const outcome = await regrader.grader.grade(requestForAttempt(attempt, scenario));
        if (outcome.kind !== 'graded') return setState({ busy: false, error: outcome.reason });
        try {
          // The page reads the attempt live from the database: once saved, the new grade shows.
          await saveAttempt({ ...attempt, grade: outcome.grade });
          setState({ busy: false, error: null });
        } catch (err) {
          setState({
            busy: false,
            error: `The new grade could not be saved to your history (${err instanceof Error ? err.message : String(err)}).`,
          });
        }
      })();
    },
  };
}

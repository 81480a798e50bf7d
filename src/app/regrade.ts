import type { Regrade } from '../features/feedback/feedback-view';
import type { Grade, GradeRequest } from '../grading/grade.schema';
import { findScenario } from '../scenario/scenario-library';
import type { Attempt } from '../scenario/session.schema';
import { saveAttempt } from '../storage/history';
import { llmClient, llmGrader } from './grader';

/** A regrade of a saved attempt by the configured LLM, or undefined when no LLM is set up. */
export function llmRegrade(attempt: Attempt, onGraded?: (grade: Grade) => void): Regrade | undefined {
  const grader = llmGrader();
  const client = llmClient();
  // An LLM grade is cached: asking again would give the same grade, so only other grades are offered.
  if (!grader || !client || attempt.grade.engine.name === 'llm') return undefined;
  const scenario = findScenario(attempt.scenarioId);
  const request: GradeRequest = {
    reply: attempt.reply,
    context: attempt.context,
    criteria: attempt.grade.criteria.map((c) => c.id),
    replyWords: scenario?.reply_words,
    scenario: scenario && {
      title: scenario.title,
      setting: scenario.setting,
      goal: scenario.goal,
      personaName: scenario.persona.name,
      personaRole: scenario.persona.role,
    },
  };
  return {
    label: `Regrade with ${client.config.model}`,
    async run() {
      const outcome = await grader.grade(request);
      if (outcome.kind !== 'graded') return outcome.reason;
      try {
        await saveAttempt({ ...attempt, grade: outcome.grade });
      } catch {
        // Shown now; it stays in this session even where history cannot be kept.
      }
      onGraded?.(outcome.grade);
      return null;
    },
  };
}

import { STAGE_NAMES } from './path';
import { categoryName } from './scenario.schema';

/**
 * A scenario's theme, difficulty and length in words, as every list and briefing shows them:
 * "giving feedback", "Moderate (2/3)", "about 5 min". Takes a card or a whole scenario.
 */
export function scenarioFacts(scenario: { category: string; difficulty: number; minutes: number }): string[] {
  const stage = STAGE_NAMES[scenario.difficulty as keyof typeof STAGE_NAMES] ?? '';
  return [
    categoryName(scenario.category),
    `${stage.charAt(0).toUpperCase()}${stage.slice(1)} (${scenario.difficulty}/3)`,
    `about ${scenario.minutes} min`,
  ];
}

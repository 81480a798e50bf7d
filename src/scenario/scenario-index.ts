/**
 * The built-in library as cards: enough to choose and show today's practice (theme, skills,
 * difficulty, title, persona) without loading every scenario's beats. Built from the same YAML
 * files at build time (vite-plugins/scenario-index.ts) and checked here, so a card that does not
 * fit is left out rather than breaking the home page; its full file reports the problem where it
 * is played.
 */
import cards from 'virtual:scenario-index';
import { z } from 'zod';
import { CriterionId } from '../grading/rubric';
import { Category } from './scenario.schema';

export const ScenarioCard = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  category: Category,
  skills: z.array(CriterionId).min(1),
  difficulty: z.number().int().min(1).max(3),
  minutes: z.number().int().min(1),
  persona: z.object({ name: z.string().min(1), role: z.string().min(1) }),
});
export type ScenarioCard = z.infer<typeof ScenarioCard>;

export const scenarioCards: readonly ScenarioCard[] = cards.flatMap((c) => {
  const parsed = ScenarioCard.safeParse(c);
  return parsed.success ? [parsed.data] : [];
});

/**
 * The path from gentle to demanding: for each theme, the difficulty a learner is ready for. It
 * starts at 1 (gentle), moves up a step after a conversation on the theme that went well (the
 * scenario's own skills at Proficient on average), and back a step after one that went poorly, so
 * the daily pick grows with the learner and eases off when they struggle.
 */
import type { Category, Scenario } from './scenario.schema';

/** What the path needs of a graded reply (the history's summaries satisfy it). */
export interface ReplyLevels {
  sessionId: string;
  scenarioId: string;
  createdAt: string;
  levels: Partial<Record<string, number>>;
}

/** What the path needs of a scenario (a full one, or a card of the index). */
export type PathScenario = Pick<Scenario, 'id' | 'category' | 'skills' | 'difficulty'>;

export type Stage = 1 | 2 | 3;
// The same words as the difficulty chips (src/ui/scenario-facts.tsx).
export const STAGE_NAMES: Record<Stage, string> = { 1: 'gentle', 2: 'moderate', 3: 'demanding' };
const UP = 2.75;
const DOWN = 1.75;

/** Each theme's stage after the learner's conversations so far (themes never practised are absent: stage 1). */
export function themeStages(scenarios: readonly PathScenario[], replies: readonly ReplyLevels[]): Map<Category, Stage> {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const conversations = new Map<string, { scenario: PathScenario; at: string; levels: number[] }>();
  for (const r of replies) {
    const scenario = byId.get(r.scenarioId);
    if (!scenario) continue;
    const c = conversations.get(r.sessionId) ?? { scenario, at: r.createdAt, levels: [] };
    for (const skill of scenario.skills) {
      const level = r.levels[skill];
      if (level !== undefined) c.levels.push(level);
    }
    conversations.set(r.sessionId, c);
  }
  const stages = new Map<Category, Stage>();
  for (const c of [...conversations.values()].sort((a, b) => a.at.localeCompare(b.at))) {
    if (!c.levels.length) continue;
    const mean = c.levels.reduce((t, l) => t + l, 0) / c.levels.length;
    const stage = stages.get(c.scenario.category) ?? 1;
    // Only a conversation at (or above) the learner's stage moves them up; a gentle one done well does not.
    const next = mean >= UP && c.scenario.difficulty >= stage ? stage + 1 : mean < DOWN ? stage - 1 : stage;
    stages.set(c.scenario.category, Math.min(3, Math.max(1, next)) as Stage);
  }
  return stages;
}

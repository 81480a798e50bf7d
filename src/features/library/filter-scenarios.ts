import type { Scenario } from '../../scenario/scenario.schema';

export interface ScenarioFilter {
  text: string;
  skill: string;
  category: string;
  difficulty: string;
}

export const NO_FILTER: ScenarioFilter = { text: '', skill: '', category: '', difficulty: '' };

/** Every word of the search must appear in the title, summary, setting, category or persona. */
export function filterScenarios<T extends { scenario: Scenario }>(items: readonly T[], f: ScenarioFilter): T[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(({ scenario: s }) => {
    if (f.skill && !s.skills.includes(f.skill as Scenario['skills'][number])) return false;
    if (f.category && s.category !== f.category) return false;
    if (f.difficulty && String(s.difficulty) !== f.difficulty) return false;
    if (words.length === 0) return true;
    const haystack = [s.title, s.summary, s.setting, s.category, s.persona.name, s.persona.role, s.persona.organisation]
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

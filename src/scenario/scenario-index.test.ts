import { describe, expect, it } from 'vitest';
import { scenarioCards } from './scenario-index';
import { builtInLibrary } from './scenario-library';

describe('the scenario index the home page chooses from', () => {
  it('has a card for every valid built-in scenario, with the same facts as its full file', () => {
    const full = builtInLibrary.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      category: s.category,
      skills: s.skills,
      difficulty: s.difficulty,
      minutes: s.minutes,
      persona: { name: s.persona.name, role: s.persona.role },
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...scenarioCards].sort(byId)).toEqual(full.sort(byId));
  });
});

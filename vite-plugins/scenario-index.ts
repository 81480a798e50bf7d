import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

const ID = 'virtual:scenario-index';
const RESOLVED = '\0' + ID;

/** What the home page needs of every built-in scenario to choose today's, and nothing more. */
const FIELDS = ['id', 'title', 'summary', 'category', 'skills', 'difficulty', 'minutes'] as const;

/**
 * `virtual:scenario-index`: a card per built-in scenario (id, title, summary, theme, skills,
 * difficulty, length, persona's name and role), so the first page can choose today's practice
 * without loading every scenario's beats. The full files load with the pages that play them, and
 * are validated there, where a bad field is named.
 */
export function scenarioIndex(dir = 'scenarios'): Plugin {
  return {
    name: 'rapport-scenario-index',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const cards = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .flatMap((f) => {
          const file = resolve(dir, f);
          this.addWatchFile(file);
          const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
          if (!data || typeof data !== 'object') return [];
          const persona = (data.persona ?? {}) as { name?: unknown; role?: unknown };
          return [
            {
              ...Object.fromEntries(FIELDS.map((k) => [k, data[k]])),
              persona: { name: persona.name, role: persona.role },
            },
          ];
        });
      return `export default ${JSON.stringify(cards)};`;
    },
  };
}

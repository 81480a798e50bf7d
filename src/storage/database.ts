/**
 * The only module that opens IndexedDB. Stores the learner's history: graded attempts and
 * finished sessions. Each schema change is its own `version()` step; rows are parsed on read
 * (see history.ts) because rows written by older versions stay in the database.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Attempt, SessionSummary } from '../scenario/session.schema';
import type { ImportedScenarioRow } from './imported-scenarios';

export const DATABASE_NAME = 'rapport';

export class RapportDatabase extends Dexie {
  attempts!: EntityTable<Attempt, 'id'>;
  sessions!: EntityTable<SessionSummary, 'id'>;
  importedScenarios!: EntityTable<ImportedScenarioRow, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // v1: attempts by session, scenario and time; sessions by scenario and finish time.
    this.version(1).stores({
      attempts: 'id, sessionId, scenarioId, createdAt, [scenarioId+beatId]',
      sessions: 'id, scenarioId, finishedAt',
    });
    // v2: scenarios the learner imported, kept as the text they wrote.
    this.version(2).stores({ importedScenarios: 'id, importedAt' });
  }
}

let instance: RapportDatabase | null = null;

export function database(): RapportDatabase {
  instance ??= new RapportDatabase();
  return instance;
}

/** For tests: use a fresh database under another name. */
export function useDatabaseForTests(name: string): RapportDatabase {
  instance?.close();
  instance = new RapportDatabase(name);
  return instance;
}

/**
 * The only module that opens IndexedDB. Stores the learner's history: graded attempts, finished
 * sessions and imported scenarios. Each schema change is its own `version()` step with its own
 * upgrade, tested from a database written by version 1; rows are parsed on read (history.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { SessionSummary } from '../scenario/session.schema';
import type { ImportedScenarioRow } from './imported-scenarios';

export const DATABASE_NAME = 'rapport';

/**
 * An attempt as stored since v3: the whole attempt as JSON text (IndexedDB copies a string far
 * faster than a deep object, which keeps ten years of history quick to export), with the fields
 * its indexes need.
 */
export interface AttemptRow {
  id: string;
  sessionId: string;
  scenarioId: string;
  beatId: string;
  createdAt: string;
  json: string;
}

/** What lists and charts read of an attempt, so they never load the full JSON. */
export interface AttemptSummaryRow {
  id: string;
  sessionId: string;
  scenarioId: string;
  beatId: string;
  createdAt: string;
  overall: number;
  levels: Record<string, number>;
  engine: string;
  rubric: string;
  replyPreview: string;
}

export interface SummaryMonthRow {
  /** `YYYY-MM` of the attempts' createdAt (UTC). */
  month: string;
  json: string;
}

export const monthOf = (createdAt: string) => createdAt.slice(0, 7);

export class RapportDatabase extends Dexie {
  attempts!: EntityTable<AttemptRow, 'id'>;
  /**
   * The summaries of one month's attempts as one JSON text: reading ten years of summaries is then
   * about 120 rows, not 11,000 objects, which keeps the progress page fast.
   */
  summaryMonths!: EntityTable<SummaryMonthRow, 'month'>;
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
    // v3: each attempt is kept as JSON text, and summarised by month for lists and charts.
    this.version(3)
      .stores({
        attempts: 'id, sessionId, scenarioId, createdAt, [scenarioId+beatId]',
        summaryMonths: 'month',
      })
      .upgrade(async (tx) => {
        const summaries: AttemptSummaryRow[] = [];
        await tx
          .table('attempts')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            if (typeof row.json === 'string') return;
            const rows = attemptRows(row as never);
            ref.value = rows.attempt;
            summaries.push(rows.summary);
          });
        await tx.table('summaryMonths').bulkPut(groupByMonth(summaries, new Map()));
      });
  }
}

/** The stored forms of an attempt (already validated by the caller). */
export function attemptRows(attempt: {
  id: string;
  sessionId: string;
  scenarioId: string;
  beatId: string;
  createdAt: string;
  reply: string;
  grade: {
    overall: number;
    criteria: { id: string; level: number }[];
    engine: { name: string; model?: string; rubric_version: string };
  };
}): { attempt: AttemptRow; summary: AttemptSummaryRow } {
  const g = attempt.grade;
  const keys = {
    id: attempt.id,
    sessionId: attempt.sessionId,
    scenarioId: attempt.scenarioId,
    beatId: attempt.beatId,
    createdAt: attempt.createdAt,
  };
  return {
    attempt: { ...keys, json: JSON.stringify(attempt) },
    summary: {
      ...keys,
      overall: g?.overall,
      levels: Object.fromEntries((g?.criteria ?? []).map((c) => [c.id, c.level])),
      engine: g?.engine ? (g.engine.name === 'llm' ? `llm:${g.engine.model ?? ''}` : g.engine.name) : '',
      rubric: g?.engine?.rubric_version ?? '',
      replyPreview: String(attempt.reply ?? '').slice(0, 240),
    },
  };
}

/**
 * Merges summaries into month rows (`existing` holds the months' current summaries by id); a
 * summary with an id already there replaces it.
 */
export function groupByMonth(
  summaries: readonly AttemptSummaryRow[],
  existing: Map<string, Map<string, unknown>>,
): SummaryMonthRow[] {
  const touched = new Set<string>();
  for (const summary of summaries) {
    const month = monthOf(String(summary.createdAt ?? ''));
    let rows = existing.get(month);
    if (!rows) existing.set(month, (rows = new Map()));
    rows.set(summary.id, summary);
    touched.add(month);
  }
  return [...touched].map((month) => ({ month, json: JSON.stringify([...existing.get(month)!.values()]) }));
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

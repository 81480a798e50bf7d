/**
 * The only module that opens IndexedDB. Stores the learner's history: graded attempts, finished
 * sessions and imported scenarios. Each schema change is its own `version()` step with its own
 * upgrade, tested from a database written by version 1; rows are parsed on read (history.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { z } from 'zod';
import { engineKey, type AttemptSummary, type SessionSummary } from './history.schema';
import type { ImportedScenarioRow } from './imported-scenarios';

export const DATABASE_NAME = 'rapport';

/** An attempt's keys, for finding it by id, session or moment; the attempt itself is in its month. */
export interface AttemptRow {
  id: string;
  sessionId: string;
  scenarioId: string;
  beatId: string;
  createdAt: string;
  month: string;
}

/** What lists and charts read of an attempt, so they never load the full attempt (parsed on read). */
export type AttemptSummaryRow = z.input<typeof AttemptSummary>;

/**
 * One month of attempts (or of their summaries) as one JSON array. IndexedDB reads a hundred large
 * strings far faster than eleven thousand objects, which keeps ten years of history quick to chart,
 * export and import.
 */
export interface MonthRow {
  /** `YYYY-MM` of the attempts' createdAt (UTC). */
  month: string;
  json: string;
}

export const monthOf = (createdAt: unknown) => String(createdAt ?? '').slice(0, 7);

export class RapportDatabase extends Dexie {
  attempts!: EntityTable<AttemptRow, 'id'>;
  attemptMonths!: EntityTable<MonthRow, 'month'>;
  summaryMonths!: EntityTable<MonthRow, 'month'>;
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
    // v3: attempts and their summaries move into month rows (the summaries find any attempt's month);
    // the old per-attempt table is emptied, as writing eleven thousand rows was the slow part of an import.
    this.version(3)
      .stores({
        attempts: 'id',
        attemptMonths: 'month',
        summaryMonths: 'month',
      })
      .upgrade(async (tx) => {
        const full: Record<string, unknown>[] = [];
        await tx
          .table('attempts')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            if (typeof row.month === 'string') return;
            full.push({ ...row });
            ref.value = attemptRows(row as never).keys;
          });
        await tx.table('attempts').clear();
        await tx.table('attemptMonths').bulkPut(mergeIntoMonths(full, new Map()));
        await tx.table('summaryMonths').bulkPut(
          mergeIntoMonths(
            full.map((a) => attemptRows(a as never).summary),
            new Map(),
          ),
        );
      });
    // v4: summaries name the grader exactly (engine version, model, prompt), rebuilt from the full attempts,
    // so the Progress page marks every change of grader, not only a change of engine or rubric.
    this.version(4).upgrade(async (tx) => {
      const months = (await tx.table('attemptMonths').toArray()) as MonthRow[];
      const summaries = months
        .flatMap(monthItems)
        .filter((a) => typeof a === 'object' && a !== null)
        .map((a) => attemptRows(a as never).summary);
      await tx.table('summaryMonths').clear();
      await tx.table('summaryMonths').bulkPut(mergeIntoMonths(summaries, new Map()));
    });
  }
}

/** The keys and summary of an attempt (already validated by the caller). */
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
    engine: { name: string; version?: string; model?: string; prompt_version?: string; rubric_version: string };
  };
  selfAssessment?: Partial<Record<string, number>>;
}): { keys: AttemptRow; summary: AttemptSummaryRow } {
  const g = attempt.grade;
  const rated = (g?.criteria ?? []).filter((c) => attempt.selfAssessment?.[c.id] !== undefined);
  const selfGap = rated.length
    ? Math.round(
        (rated.reduce((t, c) => t + Math.abs(attempt.selfAssessment![c.id]! - c.level), 0) / rated.length) * 100,
      ) / 100
    : undefined;
  const base = {
    id: attempt.id,
    sessionId: attempt.sessionId,
    scenarioId: attempt.scenarioId,
    beatId: attempt.beatId,
    createdAt: attempt.createdAt,
  };
  return {
    keys: { ...base, month: monthOf(attempt.createdAt) },
    summary: {
      ...base,
      overall: g?.overall,
      levels: Object.fromEntries((g?.criteria ?? []).map((c) => [c.id, c.level])),
      engine: g?.engine ? engineKey(g.engine) : '',
      rubric: g?.engine?.rubric_version ?? '',
      grader: g?.engine ? graderLabel(g.engine) : '',
      replyPreview: String(attempt.reply ?? '').slice(0, 240),
      ...(selfGap !== undefined ? { selfGap } : {}),
    },
  };
}

/** "embedded 0.4.0", "llm gpt-4o-mini grade-2026-11-29.1": a grade from another grader reads differently. */
export function graderLabel(e: { name: string; version?: string; model?: string; prompt_version?: string }): string {
  return [e.name, e.model, e.version, e.prompt_version].filter(Boolean).join(' ');
}

/**
 * Merges items (anything with an id and createdAt) into month rows; `existing` holds the months'
 * current items by id, and an item with an id already there replaces it.
 */
export function mergeIntoMonths(items: readonly object[], existing: Map<string, Map<string, unknown>>): MonthRow[] {
  const touched = new Set<string>();
  for (const item of items) {
    const { id, createdAt } = item as { id?: unknown; createdAt?: unknown };
    const month = monthOf(createdAt);
    let rows = existing.get(month);
    if (!rows) existing.set(month, (rows = new Map()));
    rows.set(String(id), item);
    touched.add(month);
  }
  return [...touched].map((month) => ({ month, json: JSON.stringify([...existing.get(month)!.values()]) }));
}

/** The items of a month row; an unreadable row yields nothing (and is reported by the caller's parse). */
export function monthItems(row: MonthRow | undefined): unknown[] {
  if (!row) return [];
  try {
    const v: unknown = JSON.parse(row.json);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

let instance: RapportDatabase | null = null;

/**
 * What another tab does to this one's database, in words for the learner: an upgrade this tab
 * needs waits for older tabs to close ("blocked"); a newer tab's upgrade closes this tab's
 * connection, after which only a reload helps ("versionchange").
 */
export type DatabaseNotice = 'blocked' | 'closed-by-newer-tab';
const noticeListeners = new Set<(notice: DatabaseNotice) => void>();

export function onDatabaseNotice(listener: (notice: DatabaseNotice) => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

function watch(db: RapportDatabase): RapportDatabase {
  db.on('blocked', () => noticeListeners.forEach((l) => l('blocked')));
  db.on('versionchange', () => {
    // Close at once so the newer tab's upgrade is not held up; this tab must reload to go on.
    db.close();
    noticeListeners.forEach((l) => l('closed-by-newer-tab'));
    return false;
  });
  return db;
}

export function database(): RapportDatabase {
  instance ??= watch(new RapportDatabase());
  return instance;
}

/** For tests: use a fresh database under another name. */
export function useDatabaseForTests(name: string): RapportDatabase {
  instance?.close();
  instance = watch(new RapportDatabase(name));
  return instance;
}

import { z } from 'zod';
import { liveQuery, type EntityTable } from 'dexie';
import { Attempt, AttemptSummary, SessionSummary, type Rows } from './history.schema';
import { attemptRows, database, mergeIntoMonths, monthItems, monthOf, type MonthRow } from './database';
import type { ConversationCount } from './last-backup';
import { requestPersistence } from './storage-persistence';

export type StorageStatus = { available: true } | { available: false; reason: string };

/** Checks that IndexedDB can be opened here (it cannot in some private modes). */
export async function checkStorage(): Promise<StorageStatus> {
  try {
    if (typeof indexedDB === 'undefined') return { available: false, reason: 'This browser offers no IndexedDB.' };
    await database().open();
    return { available: true };
  } catch (err) {
    return { available: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** Adds or replaces items in their month rows; call inside a transaction over `table`. */
export async function putMonthly(table: EntityTable<MonthRow, 'month'>, items: readonly object[]): Promise<void> {
  const months = [...new Set(items.map((i) => monthOf((i as { createdAt?: unknown }).createdAt)))];
  const existing = new Map<string, Map<string, unknown>>();
  (await table.bulkGet(months)).forEach((row) => {
    if (row)
      existing.set(row.month, new Map(monthItems(row).map((i) => [String((i as { id?: unknown } | null)?.id), i])));
  });
  await table.bulkPut(mergeIntoMonths(items, existing));
}

export async function saveAttempt(attempt: Attempt): Promise<void> {
  const valid = Attempt.parse(attempt);
  const rows = attemptRows(valid);
  const db = database();
  await db.transaction('rw', [db.attemptMonths, db.summaryMonths], async () => {
    await putMonthly(db.attemptMonths, [valid]);
    await putMonthly(db.summaryMonths, [rows.summary]);
  });
}

export async function saveSession(summary: SessionSummary): Promise<void> {
  const db = database();
  await db.sessions.put(SessionSummary.parse(summary));
  // Once there is something worth keeping, ask the browser not to clear it; never awaited, never fatal.
  if ((await db.sessions.count()) === 1) void requestPersistence();
}

/** How many finished conversations are stored. */
export async function countSessions(): Promise<number> {
  return database().sessions.count();
}

/** How many conversations are stored, and when the oldest finished: for the backup reminder. */
export async function conversationCount(): Promise<ConversationCount> {
  const db = database();
  const [conversations, first] = await Promise.all([db.sessions.count(), db.sessions.orderBy('finishedAt').first()]);
  return { conversations, firstAt: typeof first?.finishedAt === 'string' ? first.finishedAt : null };
}

function parseRows<T>(raw: readonly unknown[], schema: z.ZodType<T>): Rows<T> {
  const rows: T[] = [];
  let skipped = 0;
  for (const r of raw) {
    const parsed = schema.safeParse(r);
    if (parsed.success) rows.push(parsed.data);
    else skipped += 1;
  }
  if (skipped) console.warn(`Rapport: skipped ${skipped} stored row(s) that no longer parse.`);
  return { rows, skipped };
}

const byTime = <T extends { createdAt: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));

/** Every attempt's summary, oldest first. */
export async function listAttemptSummaries(): Promise<Rows<AttemptSummary>> {
  const months = await database().summaryMonths.toArray();
  const result = parseRows(months.flatMap(monthItems), AttemptSummary);
  byTime(result.rows);
  return result;
}

/** Every attempt in full, oldest first. */
export async function listAttempts(): Promise<Rows<Attempt>> {
  const months = await database().attemptMonths.toArray();
  const result = parseRows(months.flatMap(monthItems), Attempt);
  byTime(result.rows);
  return result;
}

/** Full attempts chosen from the summaries, read from their months. */
async function attemptsWhere(pick: (s: AttemptSummary) => boolean): Promise<Attempt[]> {
  const picked = (await listAttemptSummaries()).rows.filter(pick);
  const wanted = new Set(picked.map((p) => p.id));
  const months = await database().attemptMonths.bulkGet([...new Set(picked.map((p) => monthOf(p.createdAt)))]);
  const items = months
    .flatMap((m) => monthItems(m))
    .filter((i) => wanted.has(String((i as { id?: unknown } | null)?.id)));
  return byTime(parseRows(items, Attempt).rows);
}

export async function getAttempt(id: string): Promise<Attempt | null> {
  return (await attemptsWhere((s) => s.id === id))[0] ?? null;
}

/** The attempts of one session, in the order they were made. */
export async function listSessionAttempts(sessionId: string): Promise<Attempt[]> {
  return attemptsWhere((s) => s.sessionId === sessionId);
}

/** Every attempt at one moment of one scenario, oldest first: for comparing tries. */
export async function listBeatAttempts(scenarioId: string, beatId: string): Promise<Attempt[]> {
  return attemptsWhere((s) => s.scenarioId === scenarioId && s.beatId === beatId);
}

export async function listSessions(): Promise<Rows<SessionSummary>> {
  return parseRows(await database().sessions.orderBy('finishedAt').toArray(), SessionSummary);
}

/** The latest finished conversation of a scenario, or null when there is none. */
export async function latestSessionOf(scenarioId: string): Promise<SessionSummary | null> {
  const rows = await database().sessions.where('scenarioId').equals(scenarioId).sortBy('finishedAt');
  return parseRows(rows, SessionSummary).rows.at(-1) ?? null;
}

/** One finished conversation, or null when there is none with this id (or it no longer parses). */
export async function getSession(id: string): Promise<SessionSummary | null> {
  const row = await database().sessions.get(id);
  return row === undefined ? null : (parseRows([row], SessionSummary).rows[0] ?? null);
}

/**
 * Calls `onRows` with every reply's summary now and whenever the history changes; returns a function
 * that stops. For pages that load this module after their first paint (Today), without a React hook
 * library on their critical path.
 */
export function watchAttemptSummaries(onRows: (rows: AttemptSummary[]) => void): () => void {
  const subscription = liveQuery(() => listAttemptSummaries()).subscribe({
    next: (result) => onRows(result.rows),
    error: () => onRows([]),
  });
  return () => subscription.unsubscribe();
}

import { z } from 'zod';
import { Attempt, SessionSummary } from '../scenario/session.schema';
import { attemptRows, database, groupByMonth, monthOf, type AttemptRow, type AttemptSummaryRow } from './database';

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

export async function saveAttempt(attempt: Attempt): Promise<void> {
  const rows = attemptRows(Attempt.parse(attempt));
  const db = database();
  await db.transaction('rw', db.attempts, db.summaryMonths, async () => {
    await db.attempts.put(rows.attempt);
    await putSummaries([rows.summary]);
  });
}

/** Adds or replaces summaries in their month rows; call inside a transaction over summaryMonths. */
export async function putSummaries(summaries: readonly AttemptSummaryRow[]): Promise<void> {
  const db = database();
  const months = [...new Set(summaries.map((s) => monthOf(s.createdAt)))];
  const existing = new Map<string, Map<string, unknown>>();
  for (const row of await db.summaryMonths.bulkGet(months)) {
    if (!row) continue;
    const list = safeJsonArray(row.json);
    existing.set(row.month, new Map(list.map((s) => [String((s as { id?: unknown }).id), s])));
  }
  await db.summaryMonths.bulkPut(groupByMonth(summaries, existing));
}

function safeJsonArray(json: string): unknown[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export async function saveSession(summary: SessionSummary): Promise<void> {
  await database().sessions.put(SessionSummary.parse(summary));
}

export interface Rows<T> {
  rows: T[];
  /** Rows that failed to parse and were skipped. */
  skipped: number;
}

/** What lists and charts need of an attempt, read without parsing the whole attempt. */
export const AttemptSummary = z.object({
  id: z.string().min(1),
  sessionId: z.string(),
  scenarioId: z.string(),
  beatId: z.string(),
  createdAt: z.iso.datetime(),
  overall: z.number().min(0).max(100),
  levels: z.record(z.string(), z.number().int().min(0).max(4)),
  /** `embedded` or `llm:<model>`. */
  engine: z.string(),
  rubric: z.string(),
  replyPreview: z.string(),
});
export type AttemptSummary = z.infer<typeof AttemptSummary>;

function parseRows<T>(raw: readonly unknown[], parse: (r: unknown) => T | null): Rows<T> {
  const rows: T[] = [];
  let skipped = 0;
  for (const r of raw) {
    const parsed = parse(r);
    if (parsed) rows.push(parsed);
    else skipped += 1;
  }
  if (skipped) console.warn(`Rapport: skipped ${skipped} stored row(s) that no longer parse.`);
  return { rows, skipped };
}

const summaryOf = (r: unknown) => {
  const p = AttemptSummary.safeParse(r);
  return p.success ? p.data : null;
};

export function attemptOf(r: unknown): Attempt | null {
  const row = r as Partial<AttemptRow> | undefined;
  if (typeof row?.json !== 'string') return null;
  try {
    const p = Attempt.safeParse(JSON.parse(row.json));
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}

/** Every attempt's summary, oldest first. */
export async function listAttemptSummaries(): Promise<Rows<AttemptSummary>> {
  const months = await database().summaryMonths.toArray(); // in month order: the primary key
  const result = parseRows(
    months.flatMap((m) => safeJsonArray(m.json)),
    summaryOf,
  );
  result.rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return result;
}

/** Every attempt in full, oldest first. */
export async function listAttempts(): Promise<Rows<Attempt>> {
  return parseRows(await database().attempts.orderBy('createdAt').toArray(), attemptOf);
}

export async function getAttempt(id: string): Promise<Attempt | null> {
  return attemptOf(await database().attempts.get(id));
}

/** The attempts of one session, in the order they were made. */
export async function listSessionAttempts(sessionId: string): Promise<Attempt[]> {
  const raw = await database().attempts.where('sessionId').equals(sessionId).sortBy('createdAt');
  return parseRows(raw, attemptOf).rows;
}

/** Every attempt at one moment of one scenario, oldest first: for comparing tries. */
export async function listBeatAttempts(scenarioId: string, beatId: string): Promise<AttemptSummary[]> {
  const raw = await database().attempts.where('[scenarioId+beatId]').equals([scenarioId, beatId]).toArray();
  return parseRows(raw, (r) => {
    const a = attemptOf(r);
    return a ? summaryOf(attemptRows(a).summary) : null;
  }).rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function listSessions(): Promise<Rows<SessionSummary>> {
  return parseRows(await database().sessions.orderBy('finishedAt').toArray(), (r) => {
    const p = SessionSummary.safeParse(r);
    return p.success ? p.data : null;
  });
}

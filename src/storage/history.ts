import { Attempt, SessionSummary } from '../scenario/session.schema';
import { database } from './database';

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
  await database().attempts.put(Attempt.parse(attempt));
}

export async function saveSession(summary: SessionSummary): Promise<void> {
  await database().sessions.put(SessionSummary.parse(summary));
}

export interface Rows<T> {
  rows: T[];
  /** Rows that failed to parse and were skipped. */
  skipped: number;
}

function parseRows<T>(
  raw: unknown[],
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): Rows<T> {
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

/** Every attempt, oldest first. */
export async function listAttempts(): Promise<Rows<Attempt>> {
  return parseRows(await database().attempts.orderBy('createdAt').toArray(), Attempt);
}

export async function getAttempt(id: string): Promise<Attempt | null> {
  const raw = await database().attempts.get(id);
  if (raw === undefined) return null;
  const parsed = Attempt.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The attempts of one session, in the order they were made. */
export async function listSessionAttempts(sessionId: string): Promise<Attempt[]> {
  const raw = await database().attempts.where('sessionId').equals(sessionId).sortBy('createdAt');
  return parseRows(raw, Attempt).rows;
}

export async function listSessions(): Promise<Rows<SessionSummary>> {
  return parseRows(await database().sessions.orderBy('finishedAt').toArray(), SessionSummary);
}

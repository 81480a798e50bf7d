/**
 * The session in progress, kept in localStorage so a reload resumes it where it was. One per
 * scenario; a snapshot from another version of the scenario is discarded, never replayed.
 */
const KEY_PREFIX = 'rapport.activeSession.';

interface Stored {
  scenarioId: string;
  scenarioVersion: number;
  savedAt: string;
  snapshot: unknown;
}

export type LoadedSession =
  | { kind: 'none' }
  | { kind: 'found'; snapshot: unknown }
  /** There was a session, but from another version of the scenario (or unreadable): it was removed. */
  | { kind: 'discarded'; reason: string };

export function loadActiveSession(scenarioId: string, scenarioVersion: number): LoadedSession {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY_PREFIX + scenarioId);
  } catch {
    return { kind: 'none' };
  }
  if (!raw) return { kind: 'none' };
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(raw) as Partial<Stored>;
  } catch {
    clearActiveSession(scenarioId);
    return { kind: 'discarded', reason: 'the saved session could not be read' };
  }
  if (stored.scenarioVersion !== scenarioVersion || stored.snapshot === undefined) {
    clearActiveSession(scenarioId);
    return {
      kind: 'discarded',
      reason: `the scenario has changed since you started it (version ${String(stored.scenarioVersion)} → ${scenarioVersion})`,
    };
  }
  return { kind: 'found', snapshot: stored.snapshot };
}

/** Returns false when the browser refuses to store it (private mode, quota). */
export function saveActiveSession(scenarioId: string, scenarioVersion: number, snapshot: unknown): boolean {
  try {
    const stored: Stored = { scenarioId, scenarioVersion, savedAt: new Date().toISOString(), snapshot };
    localStorage.setItem(KEY_PREFIX + scenarioId, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearActiveSession(scenarioId: string): void {
  try {
    localStorage.removeItem(KEY_PREFIX + scenarioId);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** Ids of scenarios with a session in progress. */
export function activeSessionIds(): string[] {
  try {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith(KEY_PREFIX))
      .map((k) => k.slice(KEY_PREFIX.length));
  } catch {
    return [];
  }
}

/** Forgets every session in progress (used when the learner deletes all their data). */
export function clearAllActiveSessions(): void {
  for (const id of activeSessionIds()) clearActiveSession(id);
}

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

export function loadActiveSession(scenarioId: string, scenarioVersion: number): unknown | null {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + scenarioId);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<Stored>;
    if (stored.scenarioVersion !== scenarioVersion || stored.snapshot === undefined) {
      localStorage.removeItem(KEY_PREFIX + scenarioId);
      return null;
    }
    return stored.snapshot;
  } catch {
    return null;
  }
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

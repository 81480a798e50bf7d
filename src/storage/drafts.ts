/**
 * What the learner is typing, kept per moment until it is sent, so closing the page (or the browser
 * killing a background tab) never loses a half-written reply. Once sent, the reply lives in the
 * session's own snapshot.
 */
const PREFIX = 'rapport.draft.';

const keyOf = (scenarioId: string, sessionId: string, beatId: string) =>
  `${PREFIX}${scenarioId}.${sessionId}.${beatId}`;

export function loadDraft(scenarioId: string, sessionId: string, beatId: string): string {
  try {
    return localStorage.getItem(keyOf(scenarioId, sessionId, beatId)) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(scenarioId: string, sessionId: string, beatId: string, text: string): void {
  try {
    if (text) localStorage.setItem(keyOf(scenarioId, sessionId, beatId), text);
    else localStorage.removeItem(keyOf(scenarioId, sessionId, beatId));
  } catch {
    // A full or refused storage loses only the draft's safety net, never the session.
  }
}

/** Forgets every draft of a scenario, e.g. when its conversation ends or is abandoned. */
export function clearDrafts(scenarioId: string): void {
  try {
    const prefix = `${PREFIX}${scenarioId}.`;
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (k): k is string => !!k && k.startsWith(prefix),
    );
    keys.forEach((k) => localStorage.removeItem(k));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

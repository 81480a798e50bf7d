import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anAttempt } from '../test/builders';
import type { Attempt } from './history.schema';
import { useDatabaseForTests, type AttemptRow, type AttemptSummaryRow } from './database';
import {
  checkStorage,
  conversationCount,
  getAttempt,
  listAttempts,
  listAttemptSummaries,
  putMonthly,
  saveAttempt,
  saveSession,
} from './history';
import { loadActiveSession, saveActiveSession } from './active-session';

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`rapport-test-${++n}`);
});

describe('history', () => {
  it('is available with IndexedDB', async () => {
    expect(await checkStorage()).toEqual({ available: true });
  });

  it('saves attempts and lists them oldest first', async () => {
    await saveAttempt(anAttempt({ id: 'b', createdAt: '2026-11-27T11:00:00.000Z' }));
    await saveAttempt(anAttempt({ id: 'a', createdAt: '2026-11-26T11:00:00.000Z' }));
    const { rows, skipped } = await listAttempts();
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(skipped).toBe(0);
    expect(await getAttempt('b')).toMatchObject({ reply: 'Hello, how was the panel?' });
  });

  it('refuses to save an attempt that does not parse', async () => {
    await expect(saveAttempt({ ...anAttempt(), grade: { overall: 900 } } as unknown as Attempt)).rejects.toThrow();
  });

  it('skips rows that no longer parse instead of failing the page', async () => {
    const db = useDatabaseForTests(`rapport-test-${++n}`);
    await saveAttempt(anAttempt({ id: 'good' }));
    // Rows as an older or damaged version might have left them.
    await db.attempts.add({ id: 'bad', createdAt: '2026-11-27T12:00:00.000Z', month: '2026-11' } as AttemptRow);
    await putMonthly(db.attemptMonths, [{ id: 'bad', createdAt: '2026-11-27T12:00:00.000Z' }]);
    await putMonthly(db.summaryMonths, [
      { id: 'bad', createdAt: '2026-11-27T12:00:00.000Z' } as unknown as AttemptSummaryRow,
    ]);
    const { rows, skipped } = await listAttempts();
    expect(rows.map((r) => r.id)).toEqual(['good']);
    expect(skipped).toBe(1);
    expect(await getAttempt('bad')).toBeNull();
    const summaries = await listAttemptSummaries();
    expect(summaries.rows.map((r) => r.id)).toEqual(['good']);
    expect(summaries.skipped).toBe(1);
  });
});

describe('after the first saved conversation', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  const session = (id: string, finishedAt: string) => ({
    id,
    scenarioId: 'networking-industry-event',
    scenarioVersion: 1,
    startedAt: finishedAt,
    finishedAt,
    attemptIds: [],
    overall: 50,
  });

  it('asks the browser once to keep the data, and counts conversations for the backup reminder', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist, persisted: async () => false },
    });
    expect(await conversationCount()).toEqual({ conversations: 0, firstAt: null });
    await saveSession(session('b', '2026-11-27T10:00:00.000Z'));
    expect(persist).toHaveBeenCalledOnce();
    await saveSession(session('a', '2026-11-26T10:00:00.000Z'));
    expect(persist).toHaveBeenCalledOnce();
    expect(await conversationCount()).toEqual({ conversations: 2, firstAt: '2026-11-26T10:00:00.000Z' });
  });

  it('saves the conversation where the browser cannot be asked', async () => {
    await saveSession(session('a', '2026-11-26T10:00:00.000Z'));
    expect((await conversationCount()).conversations).toBe(1);
  });
});

describe('active session', () => {
  it('round-trips a snapshot for the same scenario version', () => {
    saveActiveSession('x', 2, { value: 'feedback' });
    expect(loadActiveSession('x', 2)).toEqual({ kind: 'found', snapshot: { value: 'feedback' } });
  });

  it('discards a snapshot from another version of the scenario', () => {
    saveActiveSession('x', 1, { value: 'feedback' });
    expect(loadActiveSession('x', 2)).toEqual({ kind: 'discarded', reason: expect.stringContaining('version 1 → 2') });
    expect(loadActiveSession('x', 1)).toEqual({ kind: 'none' });
  });

  it('ignores a corrupt entry', () => {
    localStorage.setItem('rapport.activeSession.x', '{not json');
    expect(loadActiveSession('x', 1)).toMatchObject({ kind: 'discarded' });
  });
});

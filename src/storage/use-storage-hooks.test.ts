import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aScenario, anAttempt, aSession } from '../test/builders';
import { useDatabaseForTests, type RapportDatabase } from './database';
import { saveAttempt, saveSession } from './history';
import { deleteImportedScenario, saveImportedScenario } from './imported-scenarios';
import { DEFAULT_SETTINGS, saveSettings } from './settings';
import {
  useAttempts,
  useAttemptWithTries,
  useConversation,
  useConversationCount,
  useConversations,
  useDataCounts,
  useLatestConversation,
} from './use-history';
import { useImportedScenario, useImportedScenarios } from './use-imported-scenarios';
import { useSettings } from './use-settings';

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`hooks-${++n}`);
});

describe('useSettings', () => {
  it('re-renders every reader when the settings change, wherever they were changed', () => {
    const { result } = renderHook(() => useSettings());
    expect(result.current.settings).toEqual(DEFAULT_SETTINGS);
    act(() => {
      expect(result.current.update({ weeklyGoal: 5 })).toBe(true);
    });
    expect(result.current.settings.weeklyGoal).toBe(5);
    act(() => {
      saveSettings({ ...DEFAULT_SETTINGS, lowPressure: true });
    });
    expect(result.current.settings).toEqual({ ...DEFAULT_SETTINGS, lowPressure: true });
    act(() => {
      result.current.save(DEFAULT_SETTINGS);
    });
    expect(result.current.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the history hooks', () => {
  it('are null while loading, then follow what is stored', async () => {
    const { result } = renderHook(() => ({
      attempts: useAttempts(),
      conversations: useConversations(),
      counts: useDataCounts(),
      count: useConversationCount(),
    }));
    expect(result.current).toEqual({ attempts: null, conversations: null, counts: null, count: null });
    await waitFor(() => expect(result.current.counts).toEqual({ attempts: 0, sessions: 0 }));
    expect(result.current.count).toEqual({ conversations: 0, firstAt: null });

    await act(async () => {
      await saveAttempt(anAttempt({ id: 'a', createdAt: '2026-11-20T10:00:00.000Z' }));
      await saveAttempt(anAttempt({ id: 'b', createdAt: '2026-11-19T10:00:00.000Z' }));
      await saveSession(aSession('s1', { attemptIds: ['a'] }));
    });
    await waitFor(() => expect(result.current.counts).toEqual({ attempts: 2, sessions: 1 }));
    expect(result.current.attempts).toMatchObject({ rows: [{ id: 'b' }, { id: 'a' }], skipped: 0 });
    expect(result.current.conversations).toMatchObject({ rows: [{ id: 's1' }], skipped: 0 });
    expect(result.current.count).toEqual({ conversations: 1, firstAt: '2026-11-20T10:05:00.000Z' });
  });

  it('give the latest conversation of the scenario asked for, or null', async () => {
    await saveSession(
      aSession('old', { finishedAt: '2026-11-19T10:05:00.000Z', startedAt: '2026-11-19T10:00:00.000Z' }),
    );
    await saveSession(aSession('new'));
    await saveSession(aSession('elsewhere', { scenarioId: 'giving-feedback', finishedAt: '2026-11-21T10:05:00.000Z' }));
    const { result, rerender } = renderHook(({ id }) => useLatestConversation(id), {
      initialProps: { id: 'networking-industry-event' },
    });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current?.id).toBe('new'));
    rerender({ id: 'giving-feedback' });
    await waitFor(() => expect(result.current?.id).toBe('elsewhere'));
    rerender({ id: 'never-practised' });
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('give a reply with every try at its moment and its conversation', async () => {
    await saveAttempt(anAttempt({ id: 's1:1', sessionId: 's1', createdAt: '2026-11-20T10:00:00.000Z' }));
    await saveAttempt(anAttempt({ id: 's2:1', sessionId: 's2', createdAt: '2026-11-21T10:00:00.000Z' }));
    await saveAttempt(
      anAttempt({ id: 's2:2', sessionId: 's2', beatId: 'later', createdAt: '2026-11-21T10:01:00.000Z' }),
    );
    await saveSession(aSession('s2', { attemptIds: ['s2:1', 's2:2'] }));

    const { result, rerender } = renderHook(({ id }) => useAttemptWithTries(id), { initialProps: { id: 's2:1' } });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.attempt?.id).toBe('s2:1'));
    expect(result.current?.tries.map((a) => a.id)).toEqual(['s1:1', 's2:1']);
    expect(result.current?.session?.id).toBe('s2');

    rerender({ id: 's1:1' });
    await waitFor(() => expect(result.current?.attempt?.id).toBe('s1:1'));
    expect(result.current?.session).toBeNull();

    rerender({ id: 'none' });
    await waitFor(() => expect(result.current).toEqual({ attempt: null, tries: [], session: null }));
  });

  it('give a conversation with its replies in order, or no session', async () => {
    await saveAttempt(
      anAttempt({ id: 's1:2', sessionId: 's1', beatId: 'later', createdAt: '2026-11-20T10:01:00.000Z' }),
    );
    await saveAttempt(anAttempt({ id: 's1:1', sessionId: 's1', createdAt: '2026-11-20T10:00:00.000Z' }));
    await saveAttempt(anAttempt({ id: 'x:1', sessionId: 'x', createdAt: '2026-11-20T10:02:00.000Z' }));
    await saveSession(aSession('s1', { attemptIds: ['s1:1', 's1:2'] }));

    const { result, rerender } = renderHook(({ id }) => useConversation(id), { initialProps: { id: 's1' } });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.session?.id).toBe('s1'));
    expect(result.current?.attempts.map((a) => a.id)).toEqual(['s1:1', 's1:2']);

    rerender({ id: 'x' });
    await waitFor(() => expect(result.current).toEqual({ session: null, attempts: [] }));
  });
});

describe('the imported scenario hooks', () => {
  const mine = {
    id: 'mine',
    fileName: 'mine.json',
    text: JSON.stringify(aScenario({ id: 'mine' })),
    importedAt: '2026-11-20T10:00:00.000Z',
  };

  it('list the imports, empty while loading, and follow changes', async () => {
    const { result } = renderHook(() => useImportedScenarios());
    expect(result.current).toEqual([]);
    await act(async () => {
      await saveImportedScenario(mine);
    });
    await waitFor(() => expect(result.current.map((s) => s.row.id)).toEqual(['mine']));
    await act(async () => {
      await deleteImportedScenario('mine');
    });
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('give one import by id: undefined while loading, null when there is none or for a built-in', async () => {
    await saveImportedScenario(mine);
    const { result, rerender } = renderHook(({ id }: { id: string | null }) => useImportedScenario(id), {
      initialProps: { id: 'mine' as string | null },
    });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.row).toEqual(mine));
    rerender({ id: 'missing' });
    await waitFor(() => expect(result.current).toBeNull());
    rerender({ id: null });
    expect(result.current).toBeNull();
  });

  it('show no imports, and no import for a built-in scenario, from the very first render', () => {
    const seen: unknown[] = [];
    renderHook(() => {
      const all = useImportedScenarios();
      const builtIn = useImportedScenario(null);
      seen.push({ all, builtIn });
    });
    expect(seen[0]).toEqual({ all: [], builtIn: null });
  });

  it('give no imports, and no import, when they cannot be read, rather than loading for ever', async () => {
    vi.spyOn(db.importedScenarios, 'orderBy').mockImplementation(() => {
      throw new Error('gone');
    });
    vi.spyOn(db.importedScenarios, 'get').mockRejectedValue(new Error('gone'));
    const { result } = renderHook(() => ({ all: useImportedScenarios(), one: useImportedScenario('mine') }));
    await waitFor(() => expect(result.current.one).toBeNull());
    expect(result.current.all).toEqual([]);
  });
});

describe('the latest conversation', () => {
  it('is null when it cannot be read', async () => {
    vi.spyOn(db.sessions, 'where').mockImplementation(() => {
      throw new Error('gone');
    });
    const { result } = renderHook(() => useLatestConversation('networking-industry-event'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activeSessionIds,
  clearActiveSession,
  clearAllActiveSessions,
  loadActiveSession,
  saveActiveSession,
} from './active-session';

const KEY = 'rapport.activeSession.';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A localStorage whose given methods throw, as in private modes or when the quota is exceeded. */
function refuse(...methods: ('getItem' | 'setItem' | 'removeItem')[]) {
  const real = localStorage;
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => real.getItem(k),
    setItem: (k: string, v: string) => real.setItem(k, v),
    removeItem: (k: string) => real.removeItem(k),
    ...Object.fromEntries(
      methods.map((m) => [
        m,
        () => {
          throw new DOMException('denied', 'QuotaExceededError');
        },
      ]),
    ),
  });
}

describe('the session in progress', () => {
  it('is none when nothing was saved for the scenario', () => {
    saveActiveSession('other', 1, { value: 'opening' });
    expect(loadActiveSession('coffee', 1)).toEqual({ kind: 'none' });
  });

  it('is stored under its scenario with the version and the time it was saved', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T08:00:00.000Z'), toFake: ['Date'] });
    expect(saveActiveSession('coffee', 3, { value: 'opening', context: { n: 1 } })).toBe(true);
    expect(JSON.parse(localStorage.getItem(`${KEY}coffee`)!)).toEqual({
      scenarioId: 'coffee',
      scenarioVersion: 3,
      savedAt: '2026-11-30T08:00:00.000Z',
      snapshot: { value: 'opening', context: { n: 1 } },
    });
    expect(loadActiveSession('coffee', 3)).toEqual({
      kind: 'found',
      snapshot: { value: 'opening', context: { n: 1 } },
    });
  });

  it('is found as an earlier version of the app saved it', () => {
    localStorage.setItem(`${KEY}coffee`, JSON.stringify({ scenarioVersion: 2, snapshot: 'snap' }));
    expect(loadActiveSession('coffee', 2)).toEqual({ kind: 'found', snapshot: 'snap' });
  });

  it('discards, and removes, a session from another version of the scenario, saying which', () => {
    saveActiveSession('coffee', 1, { value: 'opening' });
    expect(loadActiveSession('coffee', 2)).toEqual({
      kind: 'discarded',
      reason: 'the scenario has changed since you started it (version 1 → 2)',
    });
    expect(localStorage.getItem(`${KEY}coffee`)).toBeNull();
  });

  it('discards, and removes, a saved session without a snapshot', () => {
    localStorage.setItem(`${KEY}coffee`, JSON.stringify({ scenarioId: 'coffee', scenarioVersion: 1 }));
    expect(loadActiveSession('coffee', 1)).toMatchObject({ kind: 'discarded' });
    expect(localStorage.getItem(`${KEY}coffee`)).toBeNull();
  });

  it('discards, and removes, an entry that is not JSON', () => {
    localStorage.setItem(`${KEY}coffee`, '{not json');
    expect(loadActiveSession('coffee', 1)).toEqual({
      kind: 'discarded',
      reason: 'the saved session could not be read',
    });
    expect(localStorage.getItem(`${KEY}coffee`)).toBeNull();
  });

  it('is none, not an error, where the browser refuses to read storage', () => {
    saveActiveSession('coffee', 1, { value: 'opening' });
    refuse('getItem');
    expect(loadActiveSession('coffee', 1)).toEqual({ kind: 'none' });
  });

  it('says so when the browser refuses to save it, and clearing never throws', () => {
    saveActiveSession('coffee', 1, { value: 'opening' });
    refuse('setItem', 'removeItem');
    expect(saveActiveSession('coffee', 1, { value: 'opening' })).toBe(false);
    expect(() => clearActiveSession('coffee')).not.toThrow();
    vi.unstubAllGlobals();
    expect(loadActiveSession('coffee', 1)).toEqual({ kind: 'found', snapshot: { value: 'opening' } });
  });

  it('lists the scenarios with a session in progress, and clears one or all of them, leaving other keys', () => {
    saveActiveSession('coffee', 1, 'a');
    saveActiveSession('feedback', 1, 'b');
    localStorage.setItem('rapport.settings', '{}');
    localStorage.setItem('rapport.draft.coffee.s1.opening', 'draft');
    expect(activeSessionIds().sort()).toEqual(['coffee', 'feedback']);

    clearActiveSession('coffee');
    expect(activeSessionIds()).toEqual(['feedback']);
    expect(loadActiveSession('feedback', 1)).toEqual({ kind: 'found', snapshot: 'b' });

    saveActiveSession('coffee', 1, 'a');
    clearAllActiveSessions();
    expect(activeSessionIds()).toEqual([]);
    expect(localStorage.getItem('rapport.settings')).toBe('{}');
    expect(localStorage.getItem('rapport.draft.coffee.s1.opening')).toBe('draft');
  });

  it('lists none where storage cannot be read at all', () => {
    vi.stubGlobal(
      'localStorage',
      new Proxy(
        {},
        {
          ownKeys() {
            throw new DOMException('denied', 'SecurityError');
          },
        },
      ),
    );
    expect(activeSessionIds()).toEqual([]);
    expect(() => clearAllActiveSessions()).not.toThrow();
  });
});

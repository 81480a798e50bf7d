import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anAttempt } from '../test/builders';
import { useDatabaseForTests, type RapportDatabase } from './database';
import {
  checkStorage,
  conversationCount,
  countSessions,
  getAttempt,
  getSession,
  latestSessionOf,
  listAttempts,
  listAttemptSummaries,
  listBeatAttempts,
  listSessionAttempts,
  listSessions,
  putMonthly,
  saveAttempt,
  saveSession,
  watchAttemptSummaries,
} from './history';
import type { AttemptSummary, SessionSummary } from './history.schema';

const session = (id: string, finishedAt: string, over: Partial<SessionSummary> = {}): SessionSummary => ({
  id,
  scenarioId: 'networking-industry-event',
  scenarioVersion: 1,
  startedAt: '2026-11-01T00:00:00.000Z',
  finishedAt,
  attemptIds: [],
  overall: 50,
  ...over,
});
const at = (day: number, minute = 0) =>
  `2026-11-${String(day).padStart(2, '0')}T10:${String(minute).padStart(2, '0')}:00.000Z`;

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`history-guards-${++n}`);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checking storage', () => {
  it('says why it is unavailable where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await checkStorage()).toEqual({ available: false, reason: 'This browser offers no IndexedDB.' });
  });

  it('passes on why the database could not be opened', async () => {
    vi.spyOn(db, 'open').mockRejectedValueOnce(new Error('The user denied permission to access the database.'));
    expect(await checkStorage()).toEqual({
      available: false,
      reason: 'The user denied permission to access the database.',
    });
    vi.spyOn(db, 'open').mockRejectedValueOnce('InvalidStateError');
    expect(await checkStorage()).toEqual({ available: false, reason: 'InvalidStateError' });
  });
});

describe('reading the history back', () => {
  it('lists every attempt oldest first, whatever order it was saved in', async () => {
    const order = [4, 1, 5, 3, 2];
    for (const day of order) await saveAttempt(anAttempt({ id: `d${day}`, createdAt: at(day) }));
    // And one from an earlier month, saved last.
    await saveAttempt(anAttempt({ id: 'oct', createdAt: '2026-10-31T23:59:00.000Z' }));
    const expected = ['oct', 'd1', 'd2', 'd3', 'd4', 'd5'];
    expect((await listAttempts()).rows.map((a) => a.id)).toEqual(expected);
    expect((await listAttemptSummaries()).rows.map((a) => a.id)).toEqual(expected);
  });

  it('keeps attempts made at the same moment in the order they were saved', async () => {
    for (const id of ['x', 'b', 'y', 'a']) await saveAttempt(anAttempt({ id, createdAt: at(3) }));
    await saveAttempt(anAttempt({ id: 'first', createdAt: at(2) }));
    expect((await listAttempts()).rows.map((a) => a.id)).toEqual(['first', 'x', 'b', 'y', 'a']);
  });

  it('finds one attempt by id, not its neighbours in the month', async () => {
    await saveAttempt(anAttempt({ id: 'a', reply: 'first', createdAt: at(1) }));
    await saveAttempt(anAttempt({ id: 'b', reply: 'second', createdAt: at(2) }));
    expect(await getAttempt('b')).toMatchObject({ id: 'b', reply: 'second' });
    expect(await getAttempt('c')).toBeNull();
  });

  it('lists the attempts of one conversation, and every try at one moment of one scenario', async () => {
    await saveAttempt(anAttempt({ id: 's1:2', sessionId: 's1', beatId: 'later', createdAt: at(1, 2) }));
    await saveAttempt(anAttempt({ id: 's1:1', sessionId: 's1', beatId: 'opening', createdAt: at(1, 1) }));
    await saveAttempt(anAttempt({ id: 's2:1', sessionId: 's2', beatId: 'opening', createdAt: at(2) }));
    await saveAttempt(
      anAttempt({ id: 'o:1', sessionId: 'o', scenarioId: 'giving-feedback', beatId: 'opening', createdAt: at(3) }),
    );
    expect((await listSessionAttempts('s1')).map((a) => a.id)).toEqual(['s1:1', 's1:2']);
    expect((await listSessionAttempts('s3')).map((a) => a.id)).toEqual([]);
    expect((await listBeatAttempts('networking-industry-event', 'opening')).map((a) => a.id)).toEqual(['s1:1', 's2:1']);
    expect((await listBeatAttempts('giving-feedback', 'opening')).map((a) => a.id)).toEqual(['o:1']);
    expect((await listBeatAttempts('networking-industry-event', 'nowhere')).map((a) => a.id)).toEqual([]);
  });

  it('finds an attempt, and saves one, in a month that also holds an unreadable item', async () => {
    const a = anAttempt({ id: 'a', createdAt: at(1) });
    await saveAttempt(a);
    await db.attemptMonths.put({ month: '2026-11', json: JSON.stringify([null, a]) });
    expect(await getAttempt('a')).toMatchObject({ id: 'a' });
    await saveAttempt(anAttempt({ id: 'b', createdAt: at(2) }));
    expect(await getAttempt('b')).toMatchObject({ id: 'b' });
  });

  it('warns once per read about rows that no longer parse, and not when all do', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await saveAttempt(anAttempt({ id: 'good' }));
    await listAttempts();
    expect(warn).not.toHaveBeenCalled();
    await putMonthly(db.attemptMonths, [
      { id: 'bad1', createdAt: at(1) },
      { id: 'bad2', createdAt: at(2) },
    ]);
    await listAttempts();
    expect(warn).toHaveBeenCalledExactlyOnceWith('Rapport: skipped 2 stored row(s) that no longer parse.');
  });
});

describe('finished conversations', () => {
  it('are counted, listed by when they finished, and found by id', async () => {
    await saveSession(session('b', at(5)));
    await saveSession(session('c', at(9)));
    await saveSession(session('a', at(7)));
    expect(await countSessions()).toBe(3);
    expect((await listSessions()).rows.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(await getSession('a')).toEqual(session('a', at(7)));
    expect(await getSession('none')).toBeNull();
    // The first to finish, whatever its id.
    expect(await conversationCount()).toEqual({ conversations: 3, firstAt: at(5) });
  });

  it('give the latest of a scenario by when it finished, or null', async () => {
    await saveSession(session('late', at(9)));
    await saveSession(session('early', at(2)));
    await saveSession(session('mid', at(5)));
    await saveSession(session('other', at(20), { scenarioId: 'giving-feedback' }));
    expect((await latestSessionOf('networking-industry-event'))?.id).toBe('late');
    expect((await latestSessionOf('giving-feedback'))?.id).toBe('other');
    expect(await latestSessionOf('never-practised')).toBeNull();
  });

  it('is null for a stored conversation that no longer parses', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.sessions.put({ id: 'odd', finishedAt: at(1) } as SessionSummary);
    expect(await getSession('odd')).toBeNull();
  });
});

describe('watching the summaries', () => {
  it('calls back now and after every change, and stops when asked', async () => {
    const calls: AttemptSummary[][] = [];
    const stop = watchAttemptSummaries((rows) => calls.push(rows));
    await vi.waitFor(() => expect(calls).toEqual([[]]));
    await saveAttempt(anAttempt({ id: 'a', createdAt: at(1) }));
    await vi.waitFor(() => expect(calls.at(-1)?.map((r) => r.id)).toEqual(['a']));
    stop();
    const seen = calls.length;
    await saveAttempt(anAttempt({ id: 'b', createdAt: at(2) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(seen);
  });

  it('gives no rows when the history cannot be read', async () => {
    vi.spyOn(db.summaryMonths, 'toArray').mockRejectedValue(new Error('gone'));
    const calls: AttemptSummary[][] = [];
    const stop = watchAttemptSummaries((rows) => calls.push(rows));
    await vi.waitFor(() => expect(calls).toEqual([[]]));
    stop();
  });
});

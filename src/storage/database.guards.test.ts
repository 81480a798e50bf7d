import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { aGrade, anAttempt } from '../test/builders';
import {
  attemptRows,
  database,
  DATABASE_NAME,
  mergeIntoMonths,
  monthItems,
  onDatabaseNotice,
  useDatabaseForTests,
  type DatabaseNotice,
} from './database';
import { getAttempt, listAttempts, listAttemptSummaries } from './history';

describe('the database', () => {
  it('is the one earlier versions wrote, so an update finds the history where it was', () => {
    expect(DATABASE_NAME).toBe('rapport');
    expect(database().name).toBe('rapport');
  });
});

describe('month rows', () => {
  it('group items by the UTC month of their time, an item with an id already there replacing it', () => {
    const a = { id: 'a', createdAt: '2026-11-30T23:00:00.000Z', v: 1 };
    const b = { id: 'b', createdAt: '2026-12-01T00:00:00.000Z' };
    const existing = new Map([
      [
        '2026-11',
        new Map<string, unknown>([
          ['a', { id: 'a', v: 0 }],
          ['z', { id: 'z' }],
        ]),
      ],
    ]);
    const rows = mergeIntoMonths([a, b], existing);
    expect(rows).toEqual([
      { month: '2026-11', json: JSON.stringify([a, { id: 'z' }]) },
      { month: '2026-12', json: JSON.stringify([b]) },
    ]);
  });

  it('put an item without a time in a row of its own rather than lose it', () => {
    expect(mergeIntoMonths([{ id: 'x' }], new Map())).toEqual([{ month: '', json: '[{"id":"x"}]' }]);
  });

  it('read as nothing when missing, not JSON or not a list', () => {
    expect(monthItems(undefined)).toEqual([]);
    expect(monthItems({ month: '2026-11', json: '[{"id":"tr' })).toEqual([]);
    expect(monthItems({ month: '2026-11', json: '{"id":"a"}' })).toEqual([]);
    expect(monthItems({ month: '2026-11', json: '[{"id":"a"},null]' })).toEqual([{ id: 'a' }, null]);
  });
});

describe("an attempt's summary", () => {
  it('names the grader, the levels and the start of the reply', () => {
    const attempt = anAttempt({
      reply: 'x'.repeat(300),
      grade: aGrade(
        { clarity: 4 },
        { engine: { name: 'llm', model: 'gpt-4o-mini', version: '6.1', prompt_version: 'p1', rubric_version: 'r9' } },
      ),
    });
    const { keys, summary } = attemptRows(attempt);
    expect(keys).toEqual({
      id: attempt.id,
      sessionId: attempt.sessionId,
      scenarioId: attempt.scenarioId,
      beatId: attempt.beatId,
      createdAt: attempt.createdAt,
      month: attempt.createdAt.slice(0, 7),
    });
    expect(summary).toEqual({
      id: attempt.id,
      sessionId: attempt.sessionId,
      scenarioId: attempt.scenarioId,
      beatId: attempt.beatId,
      createdAt: attempt.createdAt,
      overall: attempt.grade.overall,
      levels: { active_listening: 2, clarity: 4, open_questions: 2 },
      engine: 'llm:gpt-4o-mini',
      rubric: 'r9',
      grader: 'llm gpt-4o-mini 6.1 p1',
      replyPreview: 'x'.repeat(240),
    });
  });

  it('gives the mean gap between the learner’s own rating and the grade, over the criteria they rated', () => {
    const grade = aGrade({ active_listening: 1, clarity: 3, open_questions: 2 });
    const rated = (selfAssessment: Attempt['selfAssessment']) =>
      attemptRows(anAttempt({ grade, selfAssessment })).summary.selfGap;
    // |3 - 1| and |1 - 3|; open questions was not rated.
    expect(rated({ active_listening: 3, clarity: 1 })).toBe(2);
    // (1 + 0 + 1) / 3, to two decimals.
    expect(rated({ active_listening: 2, clarity: 3, open_questions: 1 })).toBe(0.67);
    expect(rated({ clarity: 3 })).toBe(0);
    expect('selfGap' in attemptRows(anAttempt({ grade })).summary).toBe(false);
    expect('selfGap' in attemptRows(anAttempt({ grade, selfAssessment: {} })).summary).toBe(false);
  });

  it('is empty, not a crash, for a damaged row without a grade (as an old database may hold)', () => {
    const { summary } = attemptRows({ id: 'broken', createdAt: '2026-11-27T11:00:00.000Z' } as never);
    expect(summary).toMatchObject({ engine: '', rubric: '', grader: '', replyPreview: '' });
    expect(summary.levels).toStrictEqual({});
    expect('selfGap' in summary).toBe(false);
    const noEngine = attemptRows({ ...anAttempt(), grade: { overall: 50, criteria: [] } } as never).summary;
    expect(noEngine).toMatchObject({ overall: 50, engine: '', rubric: '', grader: '' });
  });
});

type Attempt = ReturnType<typeof anAttempt>;

describe('upgrading a version 3 database', () => {
  it('v3 → v4: rebuilds every summary from the full attempts, naming the exact grader, and skips what is not an attempt', async () => {
    const name = `from-v3-${Math.random()}`;
    const attempt = anAttempt({ id: 'a', createdAt: '2026-11-20T10:00:00.000Z' });
    const old = new Dexie(name);
    old.version(3).stores({
      attempts: 'id',
      sessions: 'id, scenarioId, finishedAt',
      importedScenarios: 'id, importedAt',
      attemptMonths: 'month',
      summaryMonths: 'month',
    });
    await old.table('attemptMonths').bulkPut([
      { month: '2026-10', json: '[null]' },
      { month: '2026-11', json: JSON.stringify([attempt, 42]) },
    ]);
    // A summary as version 3 wrote it: without the grader's exact name.
    await old.table('summaryMonths').put({
      month: '2026-11',
      json: JSON.stringify([{ ...attemptRows(attempt).summary, grader: undefined, replyPreview: 'stale' }]),
    });
    old.close();

    const db = useDatabaseForTests(name);
    await db.open();
    expect(db.verno).toBe(4);
    const { rows, skipped } = await listAttemptSummaries();
    expect(rows).toEqual([attemptRows(attempt).summary]);
    expect(skipped).toBe(0);
    expect(rows[0]).toMatchObject({ grader: `embedded ${attempt.grade.engine.version}`, replyPreview: attempt.reply });
    expect(await getAttempt('a')).toEqual(attempt);
  });

  it('v1 → v4: a row already reduced to its keys is not taken for an attempt', async () => {
    const name = `from-v1-keys-${Math.random()}`;
    const attempt = anAttempt({ id: 'a', createdAt: '2026-11-20T10:00:00.000Z' });
    const old = new Dexie(name);
    old.version(1).stores({
      attempts: 'id, sessionId, scenarioId, createdAt, [scenarioId+beatId]',
      sessions: 'id, scenarioId, finishedAt',
    });
    await old.table('attempts').add(attempt);
    await old.table('attempts').add({ ...attemptRows(anAttempt({ id: 'k' })).keys });
    old.close();

    useDatabaseForTests(name);
    expect(await listAttempts()).toEqual({ rows: [attempt], skipped: 0 });
    expect(await listAttemptSummaries()).toMatchObject({ rows: [{ id: 'a' }], skipped: 0 });
  });
});

describe('notices from other tabs', () => {
  it('stop once the listener is removed', async () => {
    const name = `notices-${Math.random()}`;
    const db = useDatabaseForTests(name);
    await db.open();
    const notices: DatabaseNotice[] = [];
    const stop = onDatabaseNotice((n) => notices.push(n));
    stop();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, db.verno * 10 + 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(notices).toEqual([]);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('leave this tab’s connection closed after a newer tab’s upgrade: it is not reopened behind the learner’s back', async () => {
    const name = `closed-${Math.random()}`;
    const db = useDatabaseForTests(name);
    await db.open();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, db.verno * 10 + 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    newer.close();
    await expect(db.attemptMonths.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});

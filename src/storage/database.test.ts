import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { aGrade, anAttempt } from '../test/builders';
import { onDatabaseNotice, useDatabaseForTests, type DatabaseNotice, type RapportDatabase } from './database';
import { checkImport, deleteAllData, exportParts, importChecked } from './export-file';
import { getAttempt, listAttempts, listAttemptSummaries, listSessions } from './history';
import { listImportedScenarios, saveImportedScenario } from './imported-scenarios';

const v1Attempt = anAttempt({ reply: 'How was the panel?', grade: aGrade({ open_questions: 3 }) });

/** Writes a database exactly as version 1 of the app did. */
async function writeVersion1(name: string, extraAttempts: object[] = []) {
  const old = new Dexie(name);
  old.version(1).stores({
    attempts: 'id, sessionId, scenarioId, createdAt, [scenarioId+beatId]',
    sessions: 'id, scenarioId, finishedAt',
  });
  await old.table('attempts').add(v1Attempt);
  await old.table('attempts').add({ id: 'broken', createdAt: '2026-11-27T11:00:00.000Z' });
  for (const a of extraAttempts) await old.table('attempts').add(a);
  await old.table('sessions').add({
    id: 's1',
    scenarioId: 'networking-industry-event',
    scenarioVersion: 1,
    startedAt: '2026-11-27T09:59:00.000Z',
    finishedAt: '2026-11-27T10:05:00.000Z',
    attemptIds: ['s1:1'],
    overall: 60,
  });
  old.close();
}

describe('database upgrades from version 1', () => {
  it('v1 → v4: attempts become summary + JSON naming the exact grader, sessions stay, the scenarios table appears', async () => {
    const name = 'upgrade-from-v1';
    await writeVersion1(name);
    const db = useDatabaseForTests(name);
    await db.open();
    expect(db.verno).toBe(4);

    expect(await getAttempt('s1:1')).toEqual(v1Attempt);
    const { rows, skipped } = await listAttemptSummaries();
    expect(rows).toEqual([
      expect.objectContaining({
        id: 's1:1',
        overall: v1Attempt.grade.overall,
        levels: expect.objectContaining({ open_questions: 3 }),
        engine: 'embedded',
        grader: `embedded ${v1Attempt.grade.engine.version}`,
        replyPreview: 'How was the panel?',
      }),
    ]);
    // A v1 row that never parsed is still reported and skipped, not a crash.
    expect(skipped).toBe(1);
    expect((await listAttempts()).rows.map((a) => a.id)).toEqual(['s1:1']);
    expect((await listSessions()).rows.map((s) => s.id)).toEqual(['s1']);

    await saveImportedScenario({
      id: 'mine',
      fileName: 'mine.yaml',
      text: 'id: mine',
      importedAt: '2026-11-27T12:00:00.000Z',
    });
    expect((await listImportedScenarios()).map((s) => s.row.id)).toEqual(['mine']);
  });
});

/** Everything the app reads back of the history, parsed as the pages read it. */
async function history(db: RapportDatabase) {
  return {
    attempts: (await listAttempts()).rows,
    summaries: (await listAttemptSummaries()).rows,
    sessions: (await listSessions()).rows,
    scenarios: await db.importedScenarios.toArray(),
  };
}

describe('a backup of an upgraded database', () => {
  it('v1 → current, export, delete everything, import: the same history, with the clock-ahead reply and without the unreadable row', async () => {
    const name = 'round-trip-from-v1';
    // Saved while the device clock was two days ahead.
    const ahead = anAttempt({
      id: 's1:2',
      reply: 'Saved with the clock ahead',
      createdAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    await writeVersion1(name, [ahead]);
    const db = useDatabaseForTests(name);
    await db.open();
    const before = await history(db);
    expect(before.attempts.map((a) => a.id)).toEqual(['s1:1', 's1:2']);

    const result = await exportParts();
    expect(result.leftOut).toEqual([
      { table: 'attempts', id: 'broken', reason: expect.stringMatching(/^sessionId: /) },
    ]);
    expect(await deleteAllData()).toMatchObject({ attempts: 3, sessions: 1 });
    expect((await history(db)).attempts).toEqual([]);

    const check = checkImport(result.parts.join(''), new Set(['networking-industry-event']));
    expect(check).toMatchObject({ ok: true, futureDated: { attempts: 1, sessions: 0 } });
    if (!check.ok) return;
    await importChecked(check.file);
    expect(await history(db)).toEqual(before);
  });
});

describe('another tab', () => {
  it('says when an upgrade waits for an older tab, and finishes once that tab lets go', async () => {
    const name = `blocked-${Math.random()}`;
    // An older tab: the version before this one, open, with no handler that would let go.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 30);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const notices: DatabaseNotice[] = [];
    const stop = onDatabaseNotice((n) => notices.push(n));
    const db = useDatabaseForTests(name);
    const opening = db.open();
    await vi.waitFor(() => expect(notices).toContain('blocked'));
    older.close();
    await opening;
    expect(db.verno).toBeGreaterThan(3);
    stop();
  });

  it('closes this tab’s connection when a newer tab upgrades, and says to reload', async () => {
    const name = `newer-${Math.random()}`;
    const db = useDatabaseForTests(name);
    await db.open();
    const notices: DatabaseNotice[] = [];
    const stop = onDatabaseNotice((n) => notices.push(n));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, db.verno * 10 + 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(notices).toEqual(['closed-by-newer-tab']);
    expect(db.isOpen()).toBe(false);
    newer.close();
    stop();
  });
});

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { aGrade, anAttempt } from '../test/builders';
import { useDatabaseForTests } from './database';
import { getAttempt, listAttempts, listAttemptSummaries, listSessions } from './history';
import { listImportedScenarios, saveImportedScenario } from './imported-scenarios';

const v1Attempt = anAttempt({ reply: 'How was the panel?', grade: aGrade({ open_questions: 3 }) });

/** Writes a database exactly as version 1 of the app did. */
async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({
    attempts: 'id, sessionId, scenarioId, createdAt, [scenarioId+beatId]',
    sessions: 'id, scenarioId, finishedAt',
  });
  await old.table('attempts').add(v1Attempt);
  await old.table('attempts').add({ id: 'broken', createdAt: '2026-11-27T11:00:00.000Z' });
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

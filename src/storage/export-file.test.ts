/* eslint-disable @typescript-eslint/no-explicit-any -- tests break exported JSON of any shape */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anAttempt, aSession } from '../test/builders';
import type { Attempt, SessionSummary } from './history.schema';
import { activeSessionIds, saveActiveSession } from './active-session';
import { useDatabaseForTests, type RapportDatabase } from './database';
import { loadDraft, saveDraft } from './drafts';
import {
  attemptsCsv,
  checkImport,
  deleteAllData,
  exportAll,
  exportParts,
  importChecked,
  MAX_IMPORT_BYTES,
  type ExportFile,
} from './export-file';
import { listAttempts, listAttemptSummaries, listSessions, putMonthly, saveAttempt, saveSession } from './history';
import { saveImportedScenario } from './imported-scenarios';
import { loadBackupRecord, recordExport } from './last-backup';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';

const KNOWN = new Set(['networking-industry-event']);
const attempt = (id: string, over: Partial<Attempt> = {}): Attempt =>
  anAttempt({ id, sessionId: 's', reply: `reply ${id}`, createdAt: '2026-11-20T10:00:00.000Z', ...over });

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`export-${++n}`);
});

/** Everything the app reads back of the history, parsed as the pages read it. */
async function history() {
  return {
    attempts: (await listAttempts()).rows,
    summaries: (await listAttemptSummaries()).rows,
    sessions: (await listSessions()).rows,
    scenarios: await db.importedScenarios.orderBy('id').toArray(),
  };
}

async function importText(text: string, now?: number) {
  const check = checkImport(text, KNOWN, now);
  if (!check.ok) throw new Error(check.error);
  return { check, summary: await importChecked(check.file) };
}

const fileWith = (over: Partial<ExportFile>): string =>
  JSON.stringify({
    format: 'rapport-export',
    schema_version: 1,
    exported_at: '2026-11-21T00:00:00.000Z',
    attempts: [],
    sessions: [],
    imported_scenarios: [],
    ...over,
  });

async function exported() {
  return exportAll({ ...DEFAULT_SETTINGS, llm: { ...DEFAULT_SETTINGS.llm, apiKey: 'sk-secret' } });
}

describe('export and import', () => {
  it('exports everything with a schema version, and never the API key', async () => {
    await saveAttempt(attempt('a'));
    const text = await exported();
    expect(JSON.parse(text)).toMatchObject({ format: 'rapport-export', schema_version: 1, attempts: [{ id: 'a' }] });
    expect(text).not.toContain('sk-secret');
    expect(text).not.toContain('apiKey');
  });

  it('round-trips: delete everything, import the export, find everything back', async () => {
    await saveAttempt(attempt('a'));
    await saveAttempt(attempt('b', { reply: '<b>bold</b> & "quoted"' }));
    const text = await exported();
    await deleteAllData();
    expect((await listAttempts()).rows).toEqual([]);
    const check = checkImport(text, KNOWN);
    if (!check.ok) throw new Error(check.error);
    expect(await importChecked(check.file)).toMatchObject({ attempts: { added: 2, skipped: 0 } });
    expect((await listAttempts()).rows.map((r) => r.reply)).toEqual(['reply a', '<b>bold</b> & "quoted"']);
  });

  it('round-trips identical history, attempts and conversations saved with the clock ahead included', async () => {
    const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    await saveAttempt(attempt('past'));
    await saveAttempt(attempt('ahead', { createdAt: ahead(3) }));
    await saveSession(aSession('s', { attemptIds: ['past', 'ahead'], startedAt: ahead(2), finishedAt: ahead(3) }));
    await saveImportedScenario({ id: 'mine', fileName: 'mine.yaml', text: 'id: mine', importedAt: ahead(1) });
    const before = await history();
    const text = await exported();
    await deleteAllData();
    expect((await history()).attempts).toEqual([]);

    const { check, summary } = await importText(text);
    expect(check).toMatchObject({ futureDated: { attempts: 1, sessions: 1 } });
    expect(summary).toMatchObject({ attempts: { added: 2 }, sessions: { added: 1 }, scenarios: { added: 1 } });
    expect(await history()).toEqual(before);
  });

  it('merges by id and skips duplicates', async () => {
    await saveAttempt(attempt('a'));
    const text = await exported();
    await saveAttempt(attempt('b'));
    const check = checkImport(text, KNOWN);
    if (!check.ok) throw new Error(check.error);
    expect(await importChecked(check.file)).toMatchObject({ attempts: { added: 0, skipped: 1 } });
    expect((await listAttempts()).rows).toHaveLength(2);
  });

  it('keeps replies from unknown scenarios, and says so', async () => {
    await saveAttempt(attempt('a', { scenarioId: 'retired-scenario' }));
    const check = checkImport(await exported(), KNOWN);
    expect(check).toMatchObject({ ok: true, unknownScenarioIds: ['retired-scenario'] });
  });

  const base = async () => JSON.parse(await exported());
  it.each<[string, (f: any) => string, RegExp]>([
    ['a file that is not JSON', () => 'hello, not json', /not JSON/],
    ['JSON of another shape', () => JSON.stringify({ hello: 'world' }), /not a Rapport export/],
    [
      'a newer schema version',
      (f) => JSON.stringify({ ...f, schema_version: 99 }),
      /newer version of Rapport \(schema 99/,
    ],
    [
      'a level outside 0-4 (5, just past the bound)',
      (f) => {
        f.attempts[0].grade.criteria[0].level = 5;
        return JSON.stringify(f);
      },
      /impossible value at attempts\[0\]\.grade\.criteria\[0\]\.level/,
    ],
    [
      'a bad row after good ones',
      (f) => {
        f.attempts.push({ ...f.attempts[0], id: 'late', createdAt: 'yesterday' });
        return JSON.stringify(f);
      },
      /impossible value at attempts\[1\]\.createdAt/,
    ],
    [
      'a __proto__ key',
      (f) => JSON.stringify(f).replace('"format"', '"__proto__":{"polluted":true},"format"'),
      /key “__proto__”/,
    ],
    [
      'a constructor key',
      (f) => JSON.stringify(f).replace('"format"', '"constructor":{"prototype":{}},"format"'),
      /key “(constructor|prototype)”/,
    ],
  ])('refuses %s and changes nothing', async (_, make, message) => {
    await saveAttempt(attempt('a'));
    const text = make(await base());
    await saveAttempt(attempt('keep-me'));
    const check = checkImport(text, KNOWN);
    expect(check).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect((await listAttempts()).rows.map((r) => r.id)).toEqual(['a', 'keep-me']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 100 MB before parsing it', () => {
    const check = checkImport(' '.repeat(MAX_IMPORT_BYTES + 1), KNOWN);
    expect(check).toEqual({ ok: false, error: expect.stringMatching(/at most 100 MB/) });
  });
});

describe('export leaves out what cannot be read', () => {
  it('reports each unreadable row with its first problem, leaves it out, and the file still imports', async () => {
    await saveAttempt(attempt('good'));
    // Rows as an older version or a damaged upgrade might have left them.
    await putMonthly(db.attemptMonths, [{ id: 'odd', createdAt: '2026-11-20T11:00:00.000Z', reply: 'half' }]);
    await db.sessions.put({ id: 'odd-session', finishedAt: '2026-11-20T11:00:00.000Z' } as SessionSummary);
    await db.attemptMonths.put({ month: '2026-10', json: '[{"id":"trunc' });

    const result = await exportParts();
    expect(result.counts).toEqual({ attempts: 1, sessions: 0, imported_scenarios: 0 });
    expect(result.leftOut).toEqual(
      expect.arrayContaining([
        { table: 'attempts', id: 'odd', reason: expect.stringMatching(/^sessionId: .*expected string/) },
        { table: 'sessions', id: 'odd-session', reason: expect.stringMatching(/^scenarioId: /) },
        { table: 'attempts', id: 'month 2026-10', reason: 'the stored month is not readable JSON' },
      ]),
    );
    expect(result.leftOut).toHaveLength(3);
    const text = result.parts.join('');
    expect(text).not.toMatch(/odd|trunc/);

    await deleteAllData();
    await importText(text);
    expect((await listAttempts()).rows.map((a) => a.id)).toEqual(['good']);
  });

  it('copies a month whose rows all parse exactly as stored', async () => {
    await saveAttempt(attempt('a'));
    await saveAttempt(attempt('b'));
    const [month] = await db.attemptMonths.toArray();
    expect((await exportAll()).endsWith(`"attempts":${month!.json}}`)).toBe(true);
  });
});

describe('duplicate ids on import', () => {
  it('stores once what a file holds twice with the same content', async () => {
    const a = attempt('a');
    const { summary } = await importText(fileWith({ attempts: [a, a], sessions: [aSession('s'), aSession('s')] }));
    expect(summary).toMatchObject({
      attempts: { added: 1, skipped: 1, renamed: [] },
      sessions: { added: 1, skipped: 1, renamed: [] },
    });
    expect((await listAttempts()).rows).toEqual([a]);
    expect((await listSessions()).rows.map((s) => s.id)).toEqual(['s']);
  });

  it('keeps both of two different rows under one id in a file: the second under a new id, its conversation following', async () => {
    const file = fileWith({
      attempts: [attempt('a', { reply: 'first' }), attempt('a', { reply: 'second', sessionId: 's2' })],
      sessions: [aSession('s', { attemptIds: ['a'] }), aSession('s2', { attemptIds: ['a'] })],
    });
    const { summary } = await importText(file);
    expect(summary.attempts).toEqual({ added: 2, skipped: 0, renamed: [{ from: 'a', to: 'a~2' }] });
    expect((await listAttempts()).rows.map((a) => [a.id, a.reply, a.sessionId])).toEqual([
      ['a', 'first', 's'],
      ['a~2', 'second', 's2'],
    ]);
    expect((await listSessions()).rows.map((s) => [s.id, s.attemptIds])).toEqual([
      ['s', ['a']],
      ['s2', ['a~2']],
    ]);
    // The same file again adds nothing: the renamed row is recognised under its new id.
    expect((await importText(file)).summary).toMatchObject({
      attempts: { added: 0, skipped: 2, renamed: [] },
      sessions: { added: 0, skipped: 2 },
    });
  });

  it('skips a row already here with the same content and keeps a different one under a new id, never overwriting', async () => {
    await saveAttempt(attempt('a', { reply: 'mine' }));
    const { summary } = await importText(
      fileWith({ attempts: [attempt('a', { reply: 'mine' }), attempt('a', { reply: 'theirs' })] }),
    );
    expect(summary.attempts).toEqual({ added: 1, skipped: 1, renamed: [{ from: 'a', to: 'a~2' }] });
    expect((await listAttempts()).rows.map((a) => [a.id, a.reply])).toEqual([
      ['a', 'mine'],
      ['a~2', 'theirs'],
    ]);
  });

  it('gives a conversation whose id is taken by a different one a new id, and its replies follow it', async () => {
    await saveAttempt(attempt('s1:1', { sessionId: 's1', reply: 'mine' }));
    await saveSession(aSession('s1', { attemptIds: ['s1:1'] }));
    const file = fileWith({
      attempts: [attempt('s1:1', { sessionId: 's1', reply: 'theirs' })],
      sessions: [aSession('s1', { attemptIds: ['s1:1'], overall: 90 })],
    });
    const { summary } = await importText(file);
    expect(summary.sessions.renamed).toEqual([{ from: 's1', to: 's1~2' }]);
    expect(summary.attempts.renamed).toEqual([{ from: 's1:1', to: 's1:1~2' }]);
    expect((await listSessions()).rows.map((s) => [s.id, s.overall, s.attemptIds])).toEqual([
      ['s1', 60, ['s1:1']],
      ['s1~2', 90, ['s1:1~2']],
    ]);
    expect((await listAttempts()).rows.map((a) => [a.id, a.sessionId, a.reply])).toEqual([
      ['s1:1', 's1', 'mine'],
      ['s1:1~2', 's1~2', 'theirs'],
    ]);
    expect((await importText(file)).summary).toMatchObject({ attempts: { added: 0 }, sessions: { added: 0 } });
  });

  it('keeps the scenario already here when the file has a different one under its id', async () => {
    const mine = { id: 'mine', fileName: 'mine.yaml', text: 'id: mine', importedAt: '2026-11-20T00:00:00.000Z' };
    await saveImportedScenario(mine);
    const { summary } = await importText(fileWith({ imported_scenarios: [{ ...mine, text: 'id: mine\n# edited' }] }));
    expect(summary.scenarios).toEqual({ added: 0, skipped: 0, conflicting: ['mine'] });
    expect(await db.importedScenarios.toArray()).toEqual([mine]);
  });
});

describe('an import that fails while writing', () => {
  it('writes nothing: every table is written in one transaction', async () => {
    await saveAttempt(attempt('here'));
    await saveSession(aSession('here'));
    const before = await history();
    const check = checkImport(
      fileWith({
        attempts: [attempt('new')],
        sessions: [aSession('new', { attemptIds: ['new'] })],
        imported_scenarios: [
          { id: 'mine', fileName: 'mine.yaml', text: 'id: mine', importedAt: '2026-11-20T00:00:00.000Z' },
        ],
      }),
      KNOWN,
    );
    if (!check.ok) throw new Error(check.error);
    // The last write fails, as a full disk would, after the attempts and sessions were written.
    vi.spyOn(db.importedScenarios, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importChecked(check.file)).rejects.toThrow('QuotaExceededError');
    expect(await history()).toEqual(before);
    expect(await db.attemptMonths.count()).toBe(1);
  });
});

describe('delete everything', () => {
  async function fill() {
    saveSettings({ ...DEFAULT_SETTINGS, engine: 'llm', llm: { ...DEFAULT_SETTINGS.llm, apiKey: 'sk-secret' } });
    saveActiveSession('networking-industry-event', 1, { value: 'beat' });
    saveDraft('networking-industry-event', 's9', 'opening', 'Half a reply');
    recordExport(1);
    await saveAttempt(attempt('a'));
    await saveAttempt(attempt('b'));
    await saveSession(aSession('s'));
    await saveImportedScenario({
      id: 'mine',
      fileName: 'm.yaml',
      text: 'id: mine',
      importedAt: '2026-11-20T00:00:00.000Z',
    });
  }

  it('deletes the history, scenarios, sessions in progress, the backup date, the settings and the API key, and counts them', async () => {
    await fill();
    expect(await deleteAllData()).toEqual({
      attempts: 2,
      sessions: 1,
      scenarios: 1,
      sessionsInProgress: 1,
      settings: true,
    });
    expect(await history()).toEqual({ attempts: [], summaries: [], sessions: [], scenarios: [] });
    expect(activeSessionIds()).toEqual([]);
    expect(loadDraft('networking-industry-event', 's9', 'opening')).toBe('');
    expect(loadBackupRecord()).toEqual({});
    expect(localStorage.getItem('rapport.settings')).toBeNull();
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the grader settings and key when asked to', async () => {
    await fill();
    expect(await deleteAllData({ keepSettings: true })).toMatchObject({ attempts: 2, settings: false });
    expect(loadSettings()).toMatchObject({ engine: 'llm', llm: { apiKey: 'sk-secret' } });
    expect(await history()).toMatchObject({ attempts: [], sessions: [] });
  });
});

describe('CSV', () => {
  it('has a column per criterion and escapes text and formulas', () => {
    const csv = attemptsCsv([attempt('a', { reply: 'Hi, "you"\nthere' }), attempt('b', { reply: '=HYPERLINK("x")' })]);
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'id,created_at,scenario_id,beat_id,reply,overall,active_listening,clarity,open_questions,accountability,specific_feedback,networking,celebrating,common_ground,engine,model,rubric_version',
    );
    expect(first).toContain('"Hi, ""you""\nthere"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const hidden = attemptsCsv([attempt('c', { reply: '\t=cmd' }), attempt('d', { reply: '\r=cmd' })]);
    expect(hidden).toContain(`"'\t=cmd"`);
    expect(hidden).toContain(`"'\r=cmd"`);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { aGrade, anAttempt, aSession } from '../test/builders';
import type { Attempt, SessionSummary } from './history.schema';
import { useDatabaseForTests, type RapportDatabase } from './database';
import {
  attemptsCsv,
  checkImport,
  exportAll,
  exportParts,
  importChecked,
  MAX_IMPORT_BYTES,
  type ExportFile,
} from './export-file';
import { listAttempts, listSessions, putMonthly, saveAttempt, saveSession } from './history';
import { saveImportedScenario, type ImportedScenarioRow } from './imported-scenarios';
import { DEFAULT_SETTINGS } from './settings';

const KNOWN = new Set(['networking-industry-event']);
const attempt = (id: string, over: Partial<Attempt> = {}): Attempt =>
  anAttempt({ id, sessionId: 's', reply: `reply ${id}`, createdAt: '2026-11-20T10:00:00.000Z', ...over });
const scenario = (id: string, text = `id: ${id}`): ImportedScenarioRow => ({
  id,
  fileName: `${id}.yaml`,
  text,
  importedAt: '2026-11-20T00:00:00.000Z',
});
const fileWith = (over: Partial<ExportFile> & Record<string, unknown>): string =>
  JSON.stringify({
    format: 'rapport-export',
    schema_version: 1,
    exported_at: '2026-11-21T00:00:00.000Z',
    attempts: [],
    sessions: [],
    imported_scenarios: [],
    ...over,
  });

async function importText(text: string) {
  const check = checkImport(text, KNOWN);
  if (!check.ok) throw new Error(check.error);
  return importChecked(check.file);
}

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`export-guards-${++n}`);
});

describe('the export', () => {
  it('lists conversations by when they finished, and names the settings without the API key', async () => {
    for (const [id, day] of [
      ['a', 14],
      ['b', 11],
      ['c', 15],
      ['d', 12],
      ['e', 13],
    ] as const)
      await saveSession(aSession(id, { finishedAt: `2026-11-${day}T10:00:00.000Z` }));
    const settings = {
      ...DEFAULT_SETTINGS,
      engine: 'llm' as const,
      weeklyGoal: 6,
      llm: { ...DEFAULT_SETTINGS.llm, apiKey: 'sk-secret', allowHttp: true },
    };
    const file = JSON.parse(await exportAll(settings));
    expect(file.sessions.map((s: SessionSummary) => s.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(file.settings).toEqual({
      ...settings,
      llm: { baseURL: settings.llm.baseURL, model: settings.llm.model },
    });
    expect(JSON.parse(await exportAll()).settings).toBeUndefined();
  });

  it('reports an unreadable imported scenario as such', async () => {
    await db.importedScenarios.put({ id: 'broken', fileName: 'broken.yaml' } as ImportedScenarioRow);
    const { leftOut, counts } = await exportParts();
    expect(leftOut).toEqual([{ table: 'imported_scenarios', id: 'broken', reason: expect.stringMatching(/^text: /) }]);
    expect(counts.imported_scenarios).toBe(0);
  });

  it('stays one JSON file when a month between two good ones has nothing readable', async () => {
    await saveAttempt(attempt('oct', { createdAt: '2026-10-20T10:00:00.000Z' }));
    await putMonthly(db.attemptMonths, [{ id: 'odd', createdAt: '2026-11-20T10:00:00.000Z' }]);
    await saveAttempt(attempt('dec', { createdAt: '2026-12-20T10:00:00.000Z' }));
    const { parts, counts } = await exportParts();
    expect(counts.attempts).toBe(2);
    expect(JSON.parse(parts.join('')).attempts.map((a: Attempt) => a.id)).toEqual(['oct', 'dec']);
  });

  it('copies a readable month as it is stored, spacing included', async () => {
    const a = attempt('a');
    const json = `\n[\n  ${JSON.stringify(a)}\n]\n`;
    await db.attemptMonths.put({ month: '2026-11', json });
    const text = await exportAll();
    expect(text).toContain(`"attempts":[\n  ${JSON.stringify(a)}\n]}`);
    expect(JSON.parse(text).attempts).toEqual([a]);
  });
});

describe('checking an import', () => {
  it('refuses schema version 0, which no export ever had', () => {
    expect(checkImport(fileWith({ schema_version: 0 }), KNOWN)).toEqual({
      ok: false,
      error: expect.stringMatching(/impossible value at schema_version/),
    });
  });

  it('counts bytes, not characters: a file of multi-byte text over 100 MB is refused', () => {
    // 35 million three-byte characters: 105 MB, though only 35 million UTF-16 units long.
    const text = '€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
    expect(checkImport(text, KNOWN)).toEqual({
      ok: false,
      error: 'The file is 100 MB; an export can be at most 100 MB.',
    });
  });

  it('takes the size it is given: exactly 100 MB is allowed, more is refused and said in MB', () => {
    const text = fileWith({});
    expect(checkImport(text, KNOWN, Date.now(), MAX_IMPORT_BYTES)).toMatchObject({ ok: true });
    expect(checkImport(text, KNOWN, Date.now(), 150 * 1024 * 1024)).toEqual({
      ok: false,
      error: 'The file is 150 MB; an export can be at most 100 MB.',
    });
  });

  it('refuses a forbidden key written with a space before its colon', () => {
    const text = fileWith({}).replace('"format"', '"__proto__" : {"polluted":true},"format"');
    expect(checkImport(text, KNOWN)).toEqual({ ok: false, error: expect.stringMatching(/key “__proto__”/) });
  });

  it('counts rows dated more than a day after now, by the later of a conversation’s times', () => {
    const now = Date.parse('2026-11-20T00:00:00.000Z');
    const after = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    const check = checkImport(
      fileWith({
        attempts: [
          attempt('past', { createdAt: after(-1) }),
          attempt('23h', { createdAt: after(23) }),
          attempt('24h', { createdAt: after(24) }),
          attempt('25h', { createdAt: after(25) }),
        ],
        sessions: [
          aSession('ends-ahead', { startedAt: after(0), finishedAt: after(30) }),
          aSession('at-limit', { startedAt: after(1), finishedAt: after(24) }),
          aSession('now', { startedAt: after(0), finishedAt: after(1) }),
        ],
      }),
      KNOWN,
      now,
    );
    expect(check).toMatchObject({ ok: true, futureDated: { attempts: 1, sessions: 1 } });
  });

  it('names each scenario that is neither known here nor in the file, once', () => {
    const check = checkImport(
      fileWith({
        attempts: [
          attempt('a', { scenarioId: 'retired' }),
          attempt('b', { scenarioId: 'retired' }),
          attempt('c', { scenarioId: 'mine' }),
          attempt('d'),
        ],
        imported_scenarios: [scenario('mine')],
      }),
      KNOWN,
    );
    expect(check).toMatchObject({ ok: true, unknownScenarioIds: ['retired'] });
  });
});

describe('merging an import', () => {
  it('takes rows that differ only in the order of their keys for the same row', async () => {
    await saveAttempt(attempt('a', { selfAssessment: { clarity: 2, open_questions: 3, active_listening: 1 } }));
    const orders = [
      { open_questions: 3, active_listening: 1, clarity: 2 },
      { active_listening: 1, clarity: 2, open_questions: 3 },
      { open_questions: 3, clarity: 2, active_listening: 1 },
    ];
    for (const selfAssessment of orders) {
      const summary = await importText(fileWith({ attempts: [attempt('a', { selfAssessment })] }));
      expect(summary.attempts).toEqual({ added: 0, skipped: 1, renamed: [] });
    }
    expect((await listAttempts()).rows).toHaveLength(1);
  });

  it('tells apart rows that differ only in a nested value', async () => {
    await saveAttempt(attempt('a', { grade: aGrade({ clarity: 3 }) }));
    const summary = await importText(fileWith({ attempts: [attempt('a', { grade: aGrade({ clarity: 2 }) })] }));
    expect(summary.attempts.renamed).toEqual([{ from: 'a', to: 'a~2' }]);
  });

  it('gives a third different row under one id the next free id, and skips a repeat of a renamed one', async () => {
    const summary = await importText(
      fileWith({
        attempts: [
          attempt('a', { reply: 'one' }),
          attempt('a', { reply: 'two' }),
          attempt('a', { reply: 'three' }),
          attempt('a', { reply: 'two' }),
        ],
      }),
    );
    expect(summary.attempts).toEqual({
      added: 3,
      skipped: 1,
      renamed: [
        { from: 'a', to: 'a~2' },
        { from: 'a', to: 'a~3' },
      ],
    });
    expect((await listAttempts()).rows.map((a) => [a.id, a.reply])).toEqual([
      ['a', 'one'],
      ['a~2', 'two'],
      ['a~3', 'three'],
    ]);
  });

  it('recognises a conversation stored from an earlier import, whatever number its replies were renamed to', async () => {
    await saveSession(aSession('s', { attemptIds: ['a~12', 'b'] }));
    const summary = await importText(fileWith({ sessions: [aSession('s', { attemptIds: ['a', 'b'] })] }));
    expect(summary.sessions).toEqual({ added: 0, skipped: 1, renamed: [] });
  });

  it('keeps a conversation that lists other replies under the same id as a new one', async () => {
    await saveSession(aSession('s', { attemptIds: ['x'] }));
    const other = await importText(fileWith({ sessions: [aSession('s', { attemptIds: ['y'] })] }));
    expect(other.sessions.renamed).toEqual([{ from: 's', to: 's~2' }]);
    await saveSession(aSession('t', { attemptIds: ['q~2:1'] }));
    const similar = await importText(fileWith({ sessions: [aSession('t', { attemptIds: ['q:1'] })] }));
    expect(similar.sessions.renamed).toEqual([{ from: 't', to: 't~2' }]);
  });

  it('reads past unreadable stored items while placing rows', async () => {
    await db.attemptMonths.put({ month: '2026-11', json: JSON.stringify([null, attempt('a')]) });
    const summary = await importText(fileWith({ attempts: [attempt('a'), attempt('b')] }));
    expect(summary.attempts).toEqual({ added: 1, skipped: 1, renamed: [] });
  });

  it('moves only the replies of the renamed conversation, and updates its list wherever the renamed reply is', async () => {
    await saveSession(aSession('s1', { attemptIds: ['s1:1', 's1:2'], overall: 10 }));
    await saveAttempt(attempt('s1:2', { sessionId: 's1', reply: 'mine' }));
    const summary = await importText(
      fileWith({
        sessions: [aSession('s1', { attemptIds: ['s1:1', 's1:2'] }), aSession('s2', { attemptIds: ['s2:1'] })],
        attempts: [
          attempt('s1:1', { sessionId: 's1' }),
          attempt('s1:2', { sessionId: 's1', reply: 'theirs' }),
          attempt('s2:1', { sessionId: 's2' }),
        ],
      }),
    );
    expect(summary.sessions.renamed).toEqual([{ from: 's1', to: 's1~2' }]);
    expect(summary.attempts.renamed).toEqual([{ from: 's1:2', to: 's1:2~2' }]);
    expect((await listSessions()).rows.map((s) => [s.id, s.attemptIds])).toEqual([
      ['s1', ['s1:1', 's1:2']],
      ['s1~2', ['s1:1', 's1:2~2']],
      ['s2', ['s2:1']],
    ]);
    expect(
      (await listAttempts()).rows
        .map((a) => [a.id, a.sessionId])
        .sort(([x], [y]) => String(x).localeCompare(String(y))),
    ).toEqual([
      ['s1:1', 's1~2'],
      ['s1:2', 's1'],
      ['s1:2~2', 's1~2'],
      ['s2:1', 's2'],
    ]);
  });

  it('moves a retry the renamed conversation does not list with it, not into the conversation stored under the old id', async () => {
    await saveSession(aSession('s1', { attemptIds: ['s1:1'], overall: 10 }));
    await saveAttempt(attempt('s1:1', { sessionId: 's1', reply: 'mine' }));
    await importText(
      fileWith({
        sessions: [aSession('s1', { attemptIds: ['s1:2'] })],
        attempts: [
          attempt('s1:1', { sessionId: 's1', reply: 'their first try, retried' }),
          attempt('s1:2', { sessionId: 's1', reply: 'their retry' }),
        ],
      }),
    );
    const byReply = new Map((await listAttempts()).rows.map((a) => [a.reply, a.sessionId]));
    expect(byReply.get('mine')).toBe('s1');
    expect(byReply.get('their retry')).toBe('s1~2');
    expect(byReply.get('their first try, retried')).toBe('s1~2');
  });

  it('counts a scenario equal to the one here as skipped, a new one as added, and stores a scenario the file holds twice once', async () => {
    await saveImportedScenario(scenario('mine'));
    const summary = await importText(
      fileWith({ imported_scenarios: [scenario('mine'), scenario('new'), scenario('twice'), scenario('twice')] }),
    );
    expect(summary.scenarios).toEqual({ added: 2, skipped: 2, conflicting: [] });
    expect((await db.importedScenarios.toCollection().primaryKeys()).sort()).toEqual(['mine', 'new', 'twice']);
  });

  it('compares each scenario in the file with the one kept here, not with another in the file', async () => {
    await saveImportedScenario(scenario('mine'));
    const summary = await importText(
      fileWith({ imported_scenarios: [scenario('mine', 'id: mine\n# edited'), scenario('mine')] }),
    );
    expect(summary.scenarios).toEqual({ added: 0, skipped: 1, conflicting: ['mine'] });
  });
});

describe('CSV', () => {
  it('puts each level under its criterion, leaves criteria not graded empty, and names the model', () => {
    const llm = attempt('b', {
      createdAt: '2026-11-21T10:00:00.000Z',
      reply: 'A well-known e-mail',
      grade: aGrade(
        { clarity: 4 },
        { overall: 67, engine: { name: 'llm', model: 'gpt-4o-mini', version: '6.1', rubric_version: 'r2' } },
      ),
    });
    const csv = attemptsCsv([attempt('a', { grade: aGrade({ clarity: 1, open_questions: 0 }, { overall: 25 }) }), llm]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [, first, second, end] = csv.split('\r\n');
    expect(first).toBe(
      'a,2026-11-20T10:00:00.000Z,networking-industry-event,opening,reply a,25,2,1,0,,,,,,embedded,,test',
    );
    expect(second).toBe(
      'b,2026-11-21T10:00:00.000Z,networking-industry-event,opening,A well-known e-mail,67,2,4,2,,,,,,llm,gpt-4o-mini,r2',
    );
    expect(end).toBe('');
  });
});

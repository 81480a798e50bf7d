/* eslint-disable @typescript-eslint/no-explicit-any -- tests break exported JSON of any shape */
import { beforeEach, describe, expect, it } from 'vitest';
import { anAttempt } from '../test/builders';
import type { Attempt } from '../scenario/session.schema';
import { useDatabaseForTests } from './database';
import { attemptsCsv, checkImport, deleteAllData, exportAll, importChecked, MAX_IMPORT_BYTES } from './export-file';
import { listAttempts, saveAttempt } from './history';
import { DEFAULT_SETTINGS } from './settings';

const KNOWN = new Set(['networking-industry-event']);
const attempt = (id: string, over: Partial<Attempt> = {}): Attempt =>
  anAttempt({ id, sessionId: 's', reply: `reply ${id}`, createdAt: '2026-11-20T10:00:00.000Z', ...over });

let n = 0;
beforeEach(() => {
  useDatabaseForTests(`export-${++n}`);
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
      'a level outside 0-4',
      (f) => {
        f.attempts[0].grade.criteria[0].level = 7;
        return JSON.stringify(f);
      },
      /impossible value at attempts\[0\]\.grade\.criteria\[0\]\.level/,
    ],
    [
      'a date in the future',
      (f) => {
        f.attempts[0].createdAt = '2999-01-01T00:00:00.000Z';
        return JSON.stringify(f);
      },
      /attempts\[0\]\.createdAt is in the future/,
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

describe('CSV', () => {
  it('has a column per criterion and escapes text and formulas', () => {
    const csv = attemptsCsv([attempt('a', { reply: 'Hi, "you"\nthere' }), attempt('b', { reply: '=HYPERLINK("x")' })]);
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'id,created_at,scenario_id,beat_id,reply,overall,active_listening,clarity,open_questions,accountability,specific_feedback,networking,celebrating,common_ground,engine,model,rubric_version',
    );
    expect(first).toContain('"Hi, ""you""\nthere"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

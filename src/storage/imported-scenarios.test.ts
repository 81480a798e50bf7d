import { beforeEach, describe, expect, it } from 'vitest';
import { aScenario } from '../test/builders';
import { useDatabaseForTests, type RapportDatabase } from './database';
import {
  deleteImportedScenario,
  getImportedScenario,
  importedScenarioIds,
  listImportedScenarios,
  saveImportedScenario,
  type ImportedScenarioRow,
} from './imported-scenarios';

const row = (id: string, over: Partial<ImportedScenarioRow> = {}): ImportedScenarioRow => ({
  id,
  fileName: `${id}.json`,
  text: JSON.stringify(aScenario({ id })),
  importedAt: '2026-11-20T10:00:00.000Z',
  ...over,
});

let n = 0;
let db: RapportDatabase;
beforeEach(() => {
  db = useDatabaseForTests(`imported-${++n}`);
});

describe('imported scenarios', () => {
  it('keeps the file as written and parses it again on read', async () => {
    const mine = row('mine');
    await saveImportedScenario(mine);
    const found = await getImportedScenario('mine');
    expect(found?.row).toEqual(mine);
    expect(found?.result).toMatchObject({ ok: true, scenario: { id: 'mine', title: 'A test conversation' } });
  });

  it('reads a stored file that no longer parses as a scenario with its errors, named after the file', async () => {
    await saveImportedScenario(row('old', { fileName: 'old.yaml', text: 'id: old\ntitle: 3' }));
    const found = await getImportedScenario('old');
    expect(found?.result.ok).toBe(false);
    if (found?.result.ok !== false) return;
    expect(found.result.errors[0]?.file).toBe('old.yaml (imported)');
  });

  it('lists them oldest import first, leaving out rows that are not imported scenarios', async () => {
    await saveImportedScenario(row('a-late', { importedAt: '2026-11-22T10:00:00.000Z' }));
    await saveImportedScenario(row('b-early', { importedAt: '2026-11-21T10:00:00.000Z' }));
    await db.importedScenarios.put({ id: 'damaged', importedAt: '2026-11-20T00:00:00.000Z' } as ImportedScenarioRow);
    expect((await listImportedScenarios()).map((s) => s.row.id)).toEqual(['b-early', 'a-late']);
    expect(await getImportedScenario('damaged')).toBeNull();
  });

  it('is null for an id never imported', async () => {
    expect(await getImportedScenario('nothing')).toBeNull();
  });

  it('refuses to store a row without an id or with a time that is not one', async () => {
    await expect(saveImportedScenario(row('x', { id: '' }))).rejects.toThrow();
    await expect(saveImportedScenario(row('x', { importedAt: 'yesterday' }))).rejects.toThrow();
    expect(await importedScenarioIds()).toEqual([]);
  });

  it('replaces a stored import under the same id, and deletes one', async () => {
    await saveImportedScenario(row('mine'));
    await saveImportedScenario(row('mine', { fileName: 'renamed.json' }));
    await saveImportedScenario(row('other'));
    expect((await getImportedScenario('mine'))?.row.fileName).toBe('renamed.json');
    await deleteImportedScenario('mine');
    expect(await getImportedScenario('mine')).toBeNull();
    expect((await listImportedScenarios()).map((s) => s.row.id)).toEqual(['other']);
  });

  it('names every stored id, readable or not, so a new import never takes one', async () => {
    await saveImportedScenario(row('mine'));
    await db.importedScenarios.put({ id: 'damaged' } as ImportedScenarioRow);
    expect((await importedScenarioIds()).sort()).toEqual(['damaged', 'mine']);
  });
});

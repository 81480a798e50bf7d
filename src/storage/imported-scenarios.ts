import { z } from 'zod';
import { parseScenarioText } from '../scenario/parse-scenario-file';
import type { ScenarioParseResult } from '../scenario/parse-scenario';
import { database } from './database';

/** A scenario file the learner imported, stored as written so it can be exported unchanged. */
export const ImportedScenarioRow = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  text: z.string(),
  importedAt: z.iso.datetime(),
});
export type ImportedScenarioRow = z.infer<typeof ImportedScenarioRow>;

export interface ImportedScenario {
  row: ImportedScenarioRow;
  /** The stored text parsed again on read: a later schema change can make an old import invalid. */
  result: ScenarioParseResult;
}

function parseRow(raw: unknown): ImportedScenario | null {
  const row = ImportedScenarioRow.safeParse(raw);
  if (!row.success) return null;
  return { row: row.data, result: parseScenarioText(row.data.text, `${row.data.fileName} (imported)`) };
}

export async function listImportedScenarios(): Promise<ImportedScenario[]> {
  const rows = await database().importedScenarios.orderBy('importedAt').toArray();
  return rows.flatMap((r) => parseRow(r) ?? []);
}

export async function getImportedScenario(id: string): Promise<ImportedScenario | null> {
  return parseRow(await database().importedScenarios.get(id));
}

export async function saveImportedScenario(row: ImportedScenarioRow): Promise<void> {
  await database().importedScenarios.put(ImportedScenarioRow.parse(row));
}

export async function deleteImportedScenario(id: string): Promise<void> {
  await database().importedScenarios.delete(id);
}

/** The ids of every stored import, readable or not: an id a new import must not take. */
export async function importedScenarioIds(): Promise<string[]> {
  return (await database().importedScenarios.toCollection().primaryKeys()).map(String);
}

/**
 * The learner's data as one file: export, validate an import, merge it in, delete everything.
 * An import is checked completely before anything is written, then written in one transaction,
 * so a bad file changes nothing. The API key is never part of an export.
 */
import { z } from 'zod';
import { CriterionId } from '../grading/rubric';
import { formatPath } from '../scenario/parse-scenario';
import { Attempt, SessionSummary } from '../scenario/session.schema';
import { attemptRows, database } from './database';
import { listAttemptSummaries, putMonthly } from './history';
import { ImportedScenarioRow } from './imported-scenarios';
import { Settings } from './settings';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_SCHEMA_VERSION = 1;
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const ExportedSettings = Settings.extend({ llm: Settings.shape.llm.omit({ apiKey: true }) });

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schema_version: z.number().int().min(1),
  exported_at: z.iso.datetime(),
  attempts: z.array(Attempt),
  sessions: z.array(SessionSummary),
  imported_scenarios: z.array(ImportedScenarioRow),
  settings: ExportedSettings.optional(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/**
 * The export as JSON text. Attempts are stored as JSON already (validated when written), so they
 * are joined as they are rather than parsed and serialised again: ten years export in well under a second.
 */
export async function exportAll(settings?: Settings): Promise<string> {
  return (await exportParts(settings)).join('');
}

/**
 * The export as a list of text pieces whose concatenation is the JSON file. A Blob is built from
 * the pieces directly, so tens of megabytes are never joined into one string first.
 */
export async function exportParts(settings?: Settings): Promise<string[]> {
  const db = database();
  const [months, sessions, scenarios] = await Promise.all([
    db.attemptMonths.toArray(),
    db.sessions.orderBy('finishedAt').toArray(),
    db.importedScenarios.toArray(),
  ]);
  const head = {
    format: EXPORT_FORMAT,
    schema_version: EXPORT_SCHEMA_VERSION,
    exported_at: new Date().toISOString(),
    ...(settings
      ? { settings: { ...settings, llm: { baseURL: settings.llm.baseURL, model: settings.llm.model } } }
      : {}),
  };
  const parts = [
    `${JSON.stringify(head).slice(0, -1)},"sessions":${JSON.stringify(sessions)},"imported_scenarios":${JSON.stringify(scenarios)},"attempts":[`,
  ];
  // Each month row is a JSON array of attempts (validated when written): its items go in as they are.
  let first = true;
  for (const m of months) {
    const inner = m.json.slice(m.json.indexOf('[') + 1, m.json.lastIndexOf(']'));
    if (!inner.trim()) continue;
    parts.push(first ? inner : `,${inner}`);
    first = false;
  }
  parts.push(']}');
  return parts;
}

export type ImportCheck = { ok: true; file: ExportFile; unknownScenarioIds: string[] } | { ok: false; error: string };

/** Checks an import file completely; nothing is written. */
export function checkImport(
  text: string,
  knownScenarioIds: ReadonlySet<string>,
  now = Date.now(),
  /** The file's size in bytes when known (a File's `size`), which spares encoding the text to count them. */
  byteLength?: number,
): ImportCheck {
  // UTF-16 length is a lower bound of the byte size; encode only when it could matter.
  const bytes =
    byteLength ?? (text.length * 3 > MAX_IMPORT_BYTES ? new TextEncoder().encode(text).length : text.length);
  if (bytes > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is ${(bytes / 1024 / 1024).toFixed(0)} MB; an export can be at most 100 MB.` };
  }
  // Looked for in the text, before parsing: a reviver over tens of megabytes would be slow.
  const forbidden = /"(__proto__|constructor|prototype)"\s*:/.exec(text)?.[1];
  if (forbidden) {
    return {
      ok: false,
      error: `The file contains the key “${forbidden}”, which an export never has. Nothing was imported.`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not a Rapport export: the file is not JSON.' };
  }
  const head = z.object({ format: z.literal(EXPORT_FORMAT), schema_version: z.number().int() }).safeParse(raw);
  if (!head.success)
    return { ok: false, error: 'This JSON file is not a Rapport export (it has no "format": "rapport-export").' };
  if (head.data.schema_version > EXPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of Rapport (schema ${head.data.schema_version}; this version reads up to ${EXPORT_SCHEMA_VERSION}). Update Rapport, then import it.`,
    };
  }
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: `The file has an impossible value at ${formatPath(issue.path) || 'the top level'}: ${issue.message}. Nothing was imported.`,
    };
  }
  const file = parsed.data;
  const limit = now + 24 * 60 * 60 * 1000; // a day of clock skew
  const future = file.attempts.findIndex((a) => Date.parse(a.createdAt) > limit);
  if (future >= 0)
    return {
      ok: false,
      error: `attempts[${future}].createdAt is in the future (${file.attempts[future]!.createdAt}). Nothing was imported.`,
    };
  const futureSession = file.sessions.findIndex((s) => Date.parse(s.finishedAt) > limit);
  if (futureSession >= 0)
    return { ok: false, error: `sessions[${futureSession}].finishedAt is in the future. Nothing was imported.` };
  const ids = new Set([...knownScenarioIds, ...file.imported_scenarios.map((s) => s.id)]);
  const unknownScenarioIds = [...new Set(file.attempts.map((a) => a.scenarioId).filter((id) => !ids.has(id)))];
  return { ok: true, file, unknownScenarioIds };
}

export interface ImportSummary {
  attempts: { added: number; skipped: number };
  sessions: { added: number; skipped: number };
  scenarios: { added: number; skipped: number };
}

/** Merges a checked file by id: rows already here are kept as they are, new ones are added. */
export async function importChecked(file: ExportFile): Promise<ImportSummary> {
  const db = database();
  return db.transaction('rw', [db.attemptMonths, db.summaryMonths, db.sessions, db.importedScenarios], async () => {
    // Only the new ids are written; a row already here wins, so importing the same file twice adds nothing.
    const fresh = async <T extends { id: string }>(existingKeys: Promise<unknown[]>, rows: T[]) => {
      const existing = new Set((await existingKeys) as string[]);
      return rows.filter((r) => !existing.has(r.id));
    };
    const knownIds = (await listAttemptSummaries()).rows.map((r) => r.id);
    const attempts = await fresh(Promise.resolve(knownIds), file.attempts);
    const sessions = await fresh(db.sessions.toCollection().primaryKeys(), file.sessions);
    const scenarios = await fresh(db.importedScenarios.toCollection().primaryKeys(), file.imported_scenarios);
    const rows = attempts.map(attemptRows);
    await putMonthly(db.attemptMonths, attempts);
    await putMonthly(
      db.summaryMonths,
      rows.map((r) => r.summary),
    );
    await db.sessions.bulkAdd(sessions);
    await db.importedScenarios.bulkAdd(scenarios);
    const count = (added: unknown[], all: unknown[]) => ({ added: added.length, skipped: all.length - added.length });
    return {
      attempts: count(attempts, file.attempts),
      sessions: count(sessions, file.sessions),
      scenarios: count(scenarios, file.imported_scenarios),
    };
  });
}

/** Deletes the whole history and imported scenarios. */
export async function deleteAllData(): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.attemptMonths, db.summaryMonths, db.sessions, db.importedScenarios], async () => {
    await Promise.all([
      db.attemptMonths.clear(),
      db.summaryMonths.clear(),
      db.sessions.clear(),
      db.importedScenarios.clear(),
    ]);
  });
}

const CRITERIA = CriterionId.options;

/** Attempts as CSV: one row each, a column per criterion's level. */
export function attemptsCsv(attempts: readonly Attempt[]): string {
  const header = [
    'id',
    'created_at',
    'scenario_id',
    'beat_id',
    'reply',
    'overall',
    ...CRITERIA,
    'engine',
    'model',
    'rubric_version',
  ];
  const rows = attempts.map((a) => {
    const level = (id: string) => a.grade.criteria.find((c) => c.id === id)?.level ?? '';
    return [
      a.id,
      a.createdAt,
      a.scenarioId,
      a.beatId,
      a.reply,
      a.grade.overall,
      ...CRITERIA.map(level),
      a.grade.engine.name,
      a.grade.engine.model ?? '',
      a.grade.engine.rubric_version,
    ];
  });
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: unknown): string {
  const s = String(value);
  // Quote when needed; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

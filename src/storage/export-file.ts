/**
 * The learner's data as one file: export, validate an import, merge it in, delete everything.
 * The export holds only rows that parse, so it always imports. An import is checked completely
 * before anything is written, then written in one transaction, so a bad file changes nothing.
 * The API key is never part of an export.
 */
import { z } from 'zod';
import { CriterionId } from '../grading/rubric';
import { formatPath } from '../scenario/parse-scenario';
import { Attempt, SessionSummary } from './history.schema';
import { activeSessionIds, clearAllActiveSessions } from './active-session';
import { attemptRows, database, monthItems } from './database';
import { clearDrafts } from './drafts';
import { putMonthly } from './history';
import { ImportedScenarioRow } from './imported-scenarios';
import { clearBackupRecord } from './last-backup';
import { clearSettings, Settings } from './settings';

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

/** The export as JSON text (for tests and small histories; the app downloads `exportParts`). */
export async function exportAll(settings?: Settings): Promise<string> {
  return (await exportParts(settings)).parts.join('');
}

export type ExportedTable = 'attempts' | 'sessions' | 'imported_scenarios';

/** A stored row the export left out because it does not read as the current schema. */
export interface LeftOutRow {
  table: ExportedTable;
  id: string;
  /** The first problem, e.g. `grade.overall: Invalid input: expected number, received undefined`. */
  reason: string;
}

export interface ExportResult {
  /** Text pieces whose concatenation is the JSON file: a Blob is built from them directly. */
  parts: string[];
  /** Rows written, per table. */
  counts: Record<ExportedTable, number>;
  leftOut: LeftOutRow[];
}

/**
 * The export as pieces of text, every row checked against the schema an import reads with: a row
 * that fails is left out and reported, so the app's own export always imports. A month whose
 * attempts all pass goes in as it is stored, without being serialised again.
 */
export async function exportParts(settings?: Settings): Promise<ExportResult> {
  const db = database();
  const [months, storedSessions, storedScenarios] = await Promise.all([
    db.attemptMonths.toArray(),
    db.sessions.toArray(),
    db.importedScenarios.toArray(),
  ]);
  const leftOut: LeftOutRow[] = [];
  const sessions = readable(storedSessions, SessionSummary, 'sessions', leftOut).sort((a, b) =>
    String(a.finishedAt) < String(b.finishedAt) ? -1 : String(a.finishedAt) > String(b.finishedAt) ? 1 : 0,
  );
  const scenarios = readable(storedScenarios, ImportedScenarioRow, 'imported_scenarios', leftOut);
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
  let attempts = 0;
  for (const m of months) {
    let items: unknown;
    try {
      items = JSON.parse(m.json);
    } catch {
      items = null;
    }
    if (!Array.isArray(items)) {
      leftOut.push({ table: 'attempts', id: `month ${m.month}`, reason: 'the stored month is not readable JSON' });
      continue;
    }
    const valid = readable(items, Attempt, 'attempts', leftOut);
    if (!valid.length) continue;
    const inner =
      valid.length === items.length
        ? m.json.slice(m.json.indexOf('[') + 1, m.json.lastIndexOf(']'))
        : JSON.stringify(valid).slice(1, -1);
    parts.push(attempts ? `,${inner}` : inner);
    attempts += valid.length;
  }
  parts.push(']}');
  return { parts, counts: { attempts, sessions: sessions.length, imported_scenarios: scenarios.length }, leftOut };
}

/** The rows that parse, as stored; the others are added to `leftOut` with their first problem. */
function readable(rows: readonly unknown[], schema: z.ZodType, table: ExportedTable, leftOut: LeftOutRow[]) {
  return rows.filter((row) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return true;
    const issue = parsed.error.issues[0]!;
    const id = (row as { id?: unknown } | null)?.id;
    leftOut.push({
      table,
      id: typeof id === 'string' && id ? id : '(no id)',
      reason: `${formatPath(issue.path) || 'the row'}: ${issue.message}`,
    });
    return false;
  }) as { id?: unknown; finishedAt?: unknown }[];
}

export type ImportCheck =
  | {
      ok: true;
      file: ExportFile;
      unknownScenarioIds: string[];
      /** Rows dated after the check's `now` (plus a day): kept as they are, as the device clock was probably ahead. */
      futureDated: { attempts: number; sessions: number };
    }
  | { ok: false; error: string };

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
  // A date ahead of this clock is kept: the clock that wrote it (or this one) was off, and refusing
  // would make an export this app made unimportable. A day's margin allows for time zones.
  const limit = now + 24 * 60 * 60 * 1000;
  const futureDated = {
    attempts: file.attempts.filter((a) => Date.parse(a.createdAt) > limit).length,
    sessions: file.sessions.filter((s) => Math.max(Date.parse(s.startedAt), Date.parse(s.finishedAt)) > limit).length,
  };
  const ids = new Set([...knownScenarioIds, ...file.imported_scenarios.map((s) => s.id)]);
  const unknownScenarioIds = [...new Set(file.attempts.map((a) => a.scenarioId).filter((id) => !ids.has(id)))];
  return { ok: true, file, unknownScenarioIds, futureDated };
}

export interface MergeCount {
  added: number;
  /** Already here with the same content (or twice in the file). */
  skipped: number;
  /** Rows whose id was taken by a different row: added under a new id. */
  renamed: { from: string; to: string }[];
}

export interface ImportSummary {
  attempts: MergeCount;
  sessions: MergeCount;
  scenarios: {
    added: number;
    skipped: number;
    /** Ids of scenarios that differ from the one already here: the one here was kept. */
    conflicting: string[];
  };
}

/** JSON with object keys sorted, so two rows compare by content whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Rows parsed by one schema usually list their keys in the same order: compare plainly first. */
const sameContent = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);

/** An id without the `~n` an import gave it, so a row that moved with a renamed row still compares equal. */
const baseId = (id: string) => id.replace(/~\d+$/, '');

/**
 * Places incoming rows among the ids already used (stored, or earlier in the file): a row equal to
 * one there is skipped; a different row under a used id gets the next free `id~n`. A row equal to
 * one stored under `id~n` (an earlier import of the same file) is skipped too. `references` strips
 * the renaming from the ids a row refers to before rows are compared.
 */
function idPlacer<T extends { id: string }>(
  stored: readonly unknown[],
  schema: z.ZodType<T>,
  references: (row: T) => T,
) {
  // id → the row under it; stored rows are parsed only if an incoming row collides with them.
  const rows = new Map<string, { stored: unknown } | { kept: T }>();
  for (const r of stored) {
    const id = (r as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !rows.has(id)) rows.set(id, { stored: r });
  }
  const normalised = (row: T, as: string) => references({ ...row, id: as });
  const storedAs = (id: string, as: string): T | null => {
    const entry = rows.get(id)!;
    if ('kept' in entry) return normalised(entry.kept, as);
    const parsed = schema.safeParse(entry.stored);
    return parsed.success ? normalised(parsed.data, as) : null;
  };
  return (row: T): { same: true } | { same: false; id: string } => {
    if (!rows.has(row.id)) {
      rows.set(row.id, { kept: row });
      return { same: false, id: row.id };
    }
    const incoming = normalised(row, row.id);
    let id = row.id;
    for (let n = 2; rows.has(id); n++) {
      const there = storedAs(id, row.id);
      if (there && sameContent(there, incoming)) return { same: true };
      id = `${row.id}~${n}`;
    }
    rows.set(id, { kept: row });
    return { same: false, id };
  };
}

/**
 * Merges a checked file in one transaction: rows new here are added, rows already here with the
 * same content are skipped, and a different row under a used id is added under a new id (its
 * session's list follows it), so nothing is overwritten and nothing is lost. If any write fails,
 * nothing is written.
 */
export async function importChecked(file: ExportFile): Promise<ImportSummary> {
  const db = database();
  return db.transaction('rw', [db.attemptMonths, db.summaryMonths, db.sessions, db.importedScenarios], async () => {
    const [months, storedSessions, storedScenarios] = await Promise.all([
      db.attemptMonths.toArray(),
      db.sessions.toArray(),
      db.importedScenarios.toArray(),
    ]);

    // Sessions first: an attempt follows its session to a new id.
    const placeSession = idPlacer(storedSessions, SessionSummary, (s) => ({
      ...s,
      attemptIds: s.attemptIds.map(baseId),
    }));
    const sessions: SessionSummary[] = [];
    const sessionsRenamed: MergeCount['renamed'] = [];
    const moves: { from: string; to: string; attemptIds: Set<string> }[] = [];
    for (const s of file.sessions) {
      const placed = placeSession(s);
      if (placed.same) continue;
      sessions.push({ ...s, id: placed.id, attemptIds: [...s.attemptIds] });
      if (placed.id !== s.id) {
        sessionsRenamed.push({ from: s.id, to: placed.id });
        moves.push({ from: s.id, to: placed.id, attemptIds: new Set(s.attemptIds) });
      }
    }
    const added = new Map(sessions.map((s) => [s.id, s]));

    const placeAttempt = idPlacer(months.flatMap(monthItems), Attempt, (a) => ({
      ...a,
      sessionId: baseId(a.sessionId),
    }));
    const attempts: Attempt[] = [];
    const attemptsRenamed: MergeCount['renamed'] = [];
    for (const a of file.attempts) {
      // Each attempt a renamed session lists moves with it, once. A reply it does not list (a retry the conversation
      // replaced) goes with it too, where only one conversation of the file under that id was renamed: left behind,
      // it would join the different conversation already stored under the old id.
      const listed = moves.find((m) => m.from === a.sessionId && m.attemptIds.has(a.id));
      listed?.attemptIds.delete(a.id);
      const renamedFrom = moves.filter((m) => m.from === a.sessionId);
      const move = listed ?? (renamedFrom.length === 1 ? renamedFrom[0] : undefined);
      const placed = placeAttempt(a);
      if (placed.same) continue;
      const row = { ...a, id: placed.id, sessionId: move?.to ?? a.sessionId };
      if (placed.id !== a.id) {
        attemptsRenamed.push({ from: a.id, to: placed.id });
        const owner = added.get(row.sessionId);
        const at = owner?.attemptIds.indexOf(a.id) ?? -1;
        if (owner && at >= 0) owner.attemptIds[at] = placed.id;
      }
      attempts.push(row);
    }

    // id → content (null when the stored row does not parse, so it equals nothing).
    const scenariosHere = new Map<string, string | null>(
      storedScenarios.map((s) => {
        const parsed = ImportedScenarioRow.safeParse(s);
        return [s.id, parsed.success ? canonical(parsed.data) : null];
      }),
    );
    const scenarios: ImportedScenarioRow[] = [];
    const conflicting: string[] = [];
    for (const s of file.imported_scenarios) {
      const here = scenariosHere.get(s.id);
      // A scenario's id is written in its own text, so two different ones cannot both be kept.
      if (here === undefined) scenarios.push(s);
      else if (here !== canonical(s)) conflicting.push(s.id);
      if (here === undefined) scenariosHere.set(s.id, canonical(s));
    }

    await putMonthly(db.attemptMonths, attempts);
    await putMonthly(
      db.summaryMonths,
      attempts.map((a) => attemptRows(a).summary),
    );
    await db.sessions.bulkAdd(sessions);
    await db.importedScenarios.bulkAdd(scenarios);
    const count = (rows: unknown[], all: unknown[], renamed: MergeCount['renamed']) => ({
      added: rows.length,
      skipped: all.length - rows.length,
      renamed,
    });
    return {
      attempts: count(attempts, file.attempts, attemptsRenamed),
      sessions: count(sessions, file.sessions, sessionsRenamed),
      scenarios: {
        added: scenarios.length,
        skipped: file.imported_scenarios.length - scenarios.length - conflicting.length,
        conflicting,
      },
    };
  });
}

/** What "delete everything" removed, so the learner is told exactly. */
export interface Deleted {
  attempts: number;
  sessions: number;
  scenarios: number;
  sessionsInProgress: number;
  /** The grader settings and API key, unless the learner chose to keep them. */
  settings: boolean;
}

/**
 * Deletes the history, imported scenarios, sessions in progress with their drafts and the backup
 * reminder's record, and (unless `keepSettings`) the settings with the API key.
 */
export async function deleteAllData({ keepSettings = false } = {}): Promise<Deleted> {
  const db = database();
  const stored = await db.transaction(
    'rw',
    [db.attemptMonths, db.summaryMonths, db.sessions, db.importedScenarios],
    async () => {
      const [months, sessions, scenarios] = await Promise.all([
        db.attemptMonths.toArray(),
        db.sessions.count(),
        db.importedScenarios.count(),
      ]);
      await Promise.all([
        db.attemptMonths.clear(),
        db.summaryMonths.clear(),
        db.sessions.clear(),
        db.importedScenarios.clear(),
      ]);
      return { attempts: months.flatMap(monthItems).length, sessions, scenarios };
    },
  );
  const inProgress = activeSessionIds();
  // A session in progress goes with the half-written replies kept for it.
  inProgress.forEach(clearDrafts);
  clearAllActiveSessions();
  clearBackupRecord();
  if (!keepSettings) clearSettings();
  return { ...stored, sessionsInProgress: inProgress.length, settings: !keepSettings };
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
  // Quote when needed; a leading =, +, -, @, tab or carriage return is defused so spreadsheets do
  // not run it as a formula (OWASP's list: a tab or CR can hide the formula sign after it).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

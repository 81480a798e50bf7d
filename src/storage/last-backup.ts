/**
 * When the learner last downloaded a backup, and when they last dismissed the reminder to make one,
 * in localStorage: each mark is a time and the number of stored conversations at that time. The
 * reminder is due after 30 days or 20 conversations since the later mark.
 */
import { z } from 'zod';

export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_CONVERSATIONS = 20;

const KEY = 'rapport.backup';
const DAY_MS = 24 * 60 * 60 * 1000;

const Mark = z.object({ at: z.iso.datetime(), conversations: z.number().int().min(0) });
export type BackupMark = z.infer<typeof Mark>;

export const BackupRecord = z.object({ lastExport: Mark.optional(), dismissed: Mark.optional() });
export type BackupRecord = z.infer<typeof BackupRecord>;

const listeners = new Set<() => void>();

export function loadBackupRecord(): BackupRecord {
  try {
    const parsed = BackupRecord.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function save(record: BackupRecord): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // Without storage the reminder cannot remember: it shows again, which is the safe side.
  }
  listeners.forEach((l) => l());
}

/** Called after a backup was downloaded, with the number of conversations stored then. */
export function recordExport(conversations: number, now = new Date()): void {
  save({ ...loadBackupRecord(), lastExport: { at: now.toISOString(), conversations } });
}

/** Hides the reminder until the next threshold, counted from now. */
export function dismissBackupReminder(conversations: number, now = new Date()): void {
  save({ ...loadBackupRecord(), dismissed: { at: now.toISOString(), conversations } });
}

export function clearBackupRecord(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
  listeners.forEach((l) => l());
}

export function onBackupRecordChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the reminder needs to know of the stored history. */
export interface ConversationCount {
  conversations: number;
  /** When the oldest stored conversation finished; counts as the start when there was never a backup. */
  firstAt: string | null;
}

/**
 * Due after 30 days or 20 conversations since the last backup or dismissal (whichever is later),
 * and only when a conversation was stored since the last backup: an up-to-date backup needs no reminder.
 */
export function isBackupDue(record: BackupRecord, history: ConversationCount, now = Date.now()): boolean {
  const { conversations, firstAt } = history;
  if (conversations <= (record.lastExport?.conversations ?? 0)) return false;
  const marks = [record.lastExport, record.dismissed].filter((m): m is BackupMark => !!m);
  const since = marks.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? { at: firstAt, conversations: 0 };
  if (conversations - since.conversations >= REMIND_AFTER_CONVERSATIONS) return true;
  return since.at !== null && now - Date.parse(since.at) >= REMIND_AFTER_DAYS * DAY_MS;
}

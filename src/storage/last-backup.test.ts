import { describe, expect, it } from 'vitest';
import {
  clearBackupRecord,
  dismissBackupReminder,
  isBackupDue,
  loadBackupRecord,
  onBackupRecordChange,
  recordExport,
} from './last-backup';

const DAY = 86_400_000;
const start = Date.parse('2026-01-01T12:00:00.000Z');
const day = (n: number) => new Date(start + n * DAY);
const history = (conversations: number) => ({ conversations, firstAt: day(0).toISOString() });

describe('the backup reminder', () => {
  it('is not due without conversations, nor before 30 days or 20 conversations', () => {
    expect(isBackupDue({}, { conversations: 0, firstAt: null }, day(400).getTime())).toBe(false);
    expect(isBackupDue({}, history(19), day(29).getTime())).toBe(false);
  });

  it('is due after 20 conversations or 30 days without a backup', () => {
    expect(isBackupDue({}, history(20), day(1).getTime())).toBe(true);
    expect(isBackupDue({}, history(1), day(30).getTime())).toBe(true);
  });

  it('counts from the last backup, and is not due while nothing new was stored since', () => {
    recordExport(25, day(40));
    const record = loadBackupRecord();
    expect(record.lastExport).toEqual({ at: day(40).toISOString(), conversations: 25 });
    expect(isBackupDue(record, history(25), day(200).getTime())).toBe(false);
    expect(isBackupDue(record, history(44), day(69).getTime())).toBe(false);
    expect(isBackupDue(record, history(45), day(41).getTime())).toBe(true);
    expect(isBackupDue(record, history(26), day(70).getTime())).toBe(true);
  });

  it('stays hidden after "Not now" until the next threshold, counted from the dismissal', () => {
    recordExport(10, day(0));
    dismissBackupReminder(30, day(35));
    const record = loadBackupRecord();
    expect(isBackupDue(record, history(30), day(36).getTime())).toBe(false);
    expect(isBackupDue(record, history(49), day(64).getTime())).toBe(false);
    expect(isBackupDue(record, history(50), day(36).getTime())).toBe(true);
    expect(isBackupDue(record, history(31), day(65).getTime())).toBe(true);
  });

  it('tells listeners, ignores an unreadable record, and can be cleared', () => {
    let calls = 0;
    const stop = onBackupRecordChange(() => calls++);
    recordExport(1);
    clearBackupRecord();
    stop();
    expect(calls).toBe(2);
    expect(loadBackupRecord()).toEqual({});
    localStorage.setItem('rapport.backup', '{"lastExport":{"at":"soon"}}');
    expect(loadBackupRecord()).toEqual({});
  });

  it('reads a record as earlier versions stored it, and an unreadable one as none', () => {
    const lastExport = { at: day(3).toISOString(), conversations: 4 };
    localStorage.setItem('rapport.backup', JSON.stringify({ lastExport }));
    expect(loadBackupRecord()).toEqual({ lastExport });
    localStorage.setItem('rapport.backup', '{not json');
    expect(loadBackupRecord()).toEqual({});
  });

  it('stops telling a listener once it stopped listening', () => {
    let calls = 0;
    const stop = onBackupRecordChange(() => calls++);
    stop();
    recordExport(1);
    dismissBackupReminder(1);
    expect(calls).toBe(0);
  });
});

import { useEffect, useState } from 'react';
import type { StorageStatus } from '../storage/history';

let status: Promise<StorageStatus> | null = null;

/** Whether history can be kept in this browser; checked once per page load. */
export function useStorageStatus(): StorageStatus | null {
  const [value, setValue] = useState<StorageStatus | null>(null);
  useEffect(() => {
    // Loaded lazily: the first page should not wait for the storage library.
    status ??= import('../storage/history').then((m) => m.checkStorage());
    let live = true;
    void status.then((s) => live && setValue(s));
    return () => {
      live = false;
    };
  }, []);
  return value;
}

/** Another tab holding up or closing this tab's database, as a message; null when all is well. */
export function useDatabaseNotice(): string | null {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let unsubscribe = () => {};
    let live = true;
    void import('../storage/database').then((m) => {
      if (!live) return;
      unsubscribe = m.onDatabaseNotice((n) =>
        setNotice(
          n === 'blocked'
            ? 'Rapport is updating how it stores your history, and another Rapport tab is holding it up. Close the other tabs; this one goes on by itself.'
            : 'A newer version of Rapport was opened in another tab and has updated your history’s storage. Reload this tab to go on.',
        ),
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return notice;
}

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

/**
 * Whether the browser keeps this site's storage until the learner deletes it (`persisted`), or may
 * clear it when space runs short or, in some browsers, after a while without visits (`best-effort`).
 * Some browsers offer no way to ask (`unsupported`).
 */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

function manager(): Pick<StorageManager, 'persist' | 'persisted'> | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage && typeof storage.persist === 'function' && typeof storage.persisted === 'function' ? storage : null;
}

export async function storagePersistence(): Promise<Persistence> {
  const m = manager();
  if (!m) return 'unsupported';
  try {
    return (await m.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** Asks the browser to keep the data. Chromium decides silently; Firefox asks the learner. */
export async function requestPersistence(): Promise<Persistence> {
  const m = manager();
  if (!m) return 'unsupported';
  try {
    return (await m.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

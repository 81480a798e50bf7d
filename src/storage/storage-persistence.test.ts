import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence, storagePersistence } from './storage-persistence';

/** Gives navigator a StorageManager that answers as a browser would. */
function stubStorageManager(persisted: boolean, grants: boolean) {
  const persist = vi.fn(async () => (persisted = grants));
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: async () => persisted, persist },
  });
  return persist;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('storage persistence', () => {
  it('is unsupported where the browser has no StorageManager', async () => {
    expect(await storagePersistence()).toBe('unsupported');
    expect(await requestPersistence()).toBe('unsupported');
  });

  it('reports best effort, then persisted once the browser grants it', async () => {
    const persist = stubStorageManager(false, true);
    expect(await storagePersistence()).toBe('best-effort');
    expect(await requestPersistence()).toBe('persisted');
    expect(persist).toHaveBeenCalledOnce();
    expect(await storagePersistence()).toBe('persisted');
  });

  it('stays best effort when the browser declines', async () => {
    stubStorageManager(false, false);
    expect(await requestPersistence()).toBe('best-effort');
  });
});

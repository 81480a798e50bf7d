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
  vi.unstubAllGlobals();
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

  it('is unsupported outside a browser, and where the StorageManager lacks either call', async () => {
    vi.stubGlobal('navigator', undefined);
    expect(await storagePersistence()).toBe('unsupported');
    expect(await requestPersistence()).toBe('unsupported');
    vi.unstubAllGlobals();
    for (const value of [{ persisted: async () => true }, { persist: async () => true }]) {
      Object.defineProperty(navigator, 'storage', { configurable: true, value });
      expect(await storagePersistence()).toBe('unsupported');
      expect(await requestPersistence()).toBe('unsupported');
    }
  });

  it('is unsupported when the browser fails to say, and best effort when asking fails', async () => {
    const fail = async () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: fail, persist: fail } });
    expect(await storagePersistence()).toBe('unsupported');
    expect(await requestPersistence()).toBe('best-effort');
  });
});

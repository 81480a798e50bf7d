import { useEffect, useState } from 'react';

export type LockState = 'checking' | 'held' | 'elsewhere' | 'unsupported';

/**
 * One tab at a time practises a given scenario: two tabs on the same session would overwrite each
 * other's place. The Web Locks API holds a lock named after the scenario while this tab has it
 * open; the browser releases it when the tab closes, even on a crash. `retry` asks again.
 */
export function useScenarioLock(scenarioId: string): { state: LockState; retry: () => void } {
  const [state, setState] = useState<LockState>(() =>
    typeof navigator !== 'undefined' && navigator.locks ? 'checking' : 'unsupported',
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return;
    const controller = new AbortController();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    locks
      .request(`rapport.practice.${scenarioId}`, { ifAvailable: true }, async (lock) => {
        if (controller.signal.aborted) return;
        if (!lock) {
          setState('elsewhere');
          return;
        }
        setState('held');
        await held;
      })
      .catch(() => setState('unsupported'));
    return () => {
      controller.abort();
      release();
    };
  }, [scenarioId, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

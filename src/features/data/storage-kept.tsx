import { useEffect, useState } from 'react';
import { requestPersistence, storagePersistence, type Persistence } from '../../storage/storage-persistence';
import { Button } from '../../ui/button';

const says: Record<Persistence, string> = {
  persisted: 'Storage: kept until you delete it.',
  'best-effort': 'Storage: the browser may clear it after a while without visits.',
  unsupported: 'Storage: this browser does not say how long it keeps it, so download a backup now and then.',
};

/** Whether the browser promises to keep the history, and a way to ask it to. */
export function StorageKept() {
  const [state, setState] = useState<Persistence | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let live = true;
    void storagePersistence().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  if (!state) return null;

  async function ask() {
    const s = await requestPersistence();
    setState(s);
    setRefused(s !== 'persisted');
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <p>{says[state]}</p>
      {state === 'best-effort' && (
        <Button variant="ghost" className="px-2 py-1" onClick={() => void ask()}>
          Ask the browser to keep it
        </Button>
      )}
      {refused && (
        <p className="w-full">
          The browser did not agree this time. It decides from how you use the site (visiting often, bookmarking or
          installing it helps); keep a backup meanwhile.
        </p>
      )}
    </div>
  );
}

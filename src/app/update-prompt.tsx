import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../ui/button';

/**
 * Registers the service worker that keeps Rapport working offline, and says quietly when a new
 * version is ready. Hidden during a conversation (registered all the same); reloading is the learner's call.
 */
export function UpdatePrompt({ hidden }: { hidden: boolean }) {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh || hidden) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm text-indigo-950"
    >
      <p>A new version of Rapport is ready.</p>
      <Button className="px-3 py-1 text-sm" onClick={() => void updateServiceWorker(true)}>
        Reload to update
      </Button>
      <Button variant="ghost" className="px-3 py-1 text-sm" onClick={() => setNeedRefresh(false)}>
        Later
      </Button>
    </div>
  );
}

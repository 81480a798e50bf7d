import { lazy, Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation, useMatch } from 'react-router';
import { useSettings } from '../storage/use-settings';
import { LowPressureContext } from '../ui/low-pressure';
import { Notice } from '../ui/notice';
import { useDatabaseNotice, useStorageStatus } from './storage-status';

// The service worker's registration and its update prompt load after the first page, off its budget.
const UpdatePrompt = lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt })));

// Loaded with the storage code, after the first page: it reads the history to know when a backup is due.
const BackupReminder = lazy(() =>
  import('../features/data/backup-reminder').then((m) => ({ default: m.BackupReminder })),
);

// `also`: pages that belong under an item (a reply's or a conversation's page is part of Progress).
const nav: { to: string; label: string; end: boolean; also?: string[] }[] = [
  { to: '/', label: 'Today', end: true },
  { to: '/scenarios', label: 'Scenarios', end: false, also: ['/practice/'] },
  { to: '/progress', label: 'Progress', end: false, also: ['/attempts/', '/conversations/'] },
  { to: '/settings', label: 'Settings', end: false },
];

export function Layout() {
  const storage = useStorageStatus();
  const databaseNotice = useDatabaseNotice();
  // Not while practising: the reminder waits until the conversation is over.
  const practising = useMatch('/practice/*') !== null;
  const { pathname } = useLocation();
  const { lowPressure } = useSettings().settings;
  return (
    <LowPressureContext value={lowPressure}>
      <div className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
            <NavLink to="/" className="flex items-center gap-2 text-lg font-bold text-indigo-900">
              <img src="/favicon.svg" alt="" className="size-7" />
              Rapport
            </NavLink>
            <nav aria-label="Main">
              <ul className="flex gap-1">
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink
                      to={item.to}
                      end={item.end}
                      className={({ isActive }) =>
                        `rounded-md px-3 py-2 text-sm font-medium ${isActive || item.also?.some((p) => pathname.startsWith(p)) ? 'bg-indigo-50 text-indigo-800' : 'text-slate-600 hover:text-slate-900'}`
                      }
                    >
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          <div className="mb-4 space-y-2 empty:hidden">
            {storage && !storage.available && (
              <Notice tone="warning" title="Your history will not be kept">
                This browser is not letting Rapport store data (private browsing does this). You can still practise and
                read feedback; attempts will not appear on the Progress page.
              </Notice>
            )}
            {'serviceWorker' in navigator && import.meta.env.PROD && (
              <Suspense fallback={null}>
                <UpdatePrompt hidden={practising} />
              </Suspense>
            )}
            {databaseNotice && (
              <Notice tone="warning" title="Another Rapport tab">
                {databaseNotice}
              </Notice>
            )}
            {storage?.available && !practising && (
              <Suspense fallback={null}>
                <BackupReminder />
              </Suspense>
            )}
          </div>
          <Outlet />
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-8 text-xs text-slate-500">
          Everything you write stays in this browser. Grading runs on your device unless you choose a language model in
          Settings.
        </footer>
        <ScrollRestoration />
      </div>
    </LowPressureContext>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { builtInLibrary } from '../../scenario/scenario-library';
import { clearAllActiveSessions } from '../../storage/active-session';
import { database } from '../../storage/database';
import {
  attemptsCsv,
  checkImport,
  deleteAllData,
  exportParts,
  importChecked,
  MAX_IMPORT_BYTES,
} from '../../storage/export-file';
import { loadSettings } from '../../storage/settings';
import { listAttempts, listAttemptSummaries } from '../../storage/history';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { downloadFile } from '../../ui/download';

const today = () => new Date().toISOString().slice(0, 10);

type Status = { tone: 'info' | 'error'; text: string } | null;

/** Export, import and delete: the learner's history is theirs to take away and bring back. */
export function YourData() {
  const counts = useLiveQuery(
    async () => ({ attempts: (await listAttemptSummaries()).rows.length, sessions: await database().sessions.count() }),
    [],
    null,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function run(label: string, task: () => Promise<string>) {
    setBusy(label);
    setStatus(null);
    try {
      setStatus({ tone: 'info', text: await task() });
    } catch (err) {
      setStatus({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(null);
    }
  }

  const exportJson = () =>
    run('Preparing your export…', async () => {
      downloadFile(`rapport-export-${today()}.json`, await exportParts(loadSettings()), 'application/json');
      return `Exported ${counts?.attempts ?? 'all'} replies and ${counts?.sessions ?? 'all'} conversations. Your API key is not included.`;
    });

  const exportCsv = () =>
    run('Preparing the CSV…', async () => {
      const { rows: attempts } = await listAttempts();
      downloadFile(`rapport-replies-${today()}.csv`, [attemptsCsv(attempts)], 'text/csv');
      return `Exported ${attempts.length} replies as CSV.`;
    });

  const importFile = (file: File) =>
    run(`Importing ${file.name}…`, async () => {
      if (file.size > MAX_IMPORT_BYTES) {
        throw new Error(
          `${file.name} was not imported: it is ${Math.round(file.size / 1024 / 1024)} MB; an export can be at most 100 MB.`,
        );
      }
      const known = new Set(builtInLibrary.scenarios.map((s) => s.id));
      const check = checkImport(await file.text(), known, Date.now(), file.size);
      if (!check.ok) throw new Error(`${file.name} was not imported: ${check.error}`);
      const s = await importChecked(check.file);
      const unknown = check.unknownScenarioIds.length
        ? ` ${check.unknownScenarioIds.length} scenario(s) in it are not in this library (${check.unknownScenarioIds.join(', ')}); their replies are kept and shown by id.`
        : '';
      return `Imported ${file.name}: added ${s.attempts.added} replies, ${s.sessions.added} conversations and ${s.scenarios.added} of your scenarios; skipped ${s.attempts.skipped + s.sessions.skipped + s.scenarios.skipped} already here.${unknown}`;
    }).finally(() => {
      if (input.current) input.current.value = '';
    });

  const deleteEverything = () =>
    run('Deleting…', async () => {
      await deleteAllData();
      clearAllActiveSessions();
      setConfirming(false);
      return 'Everything was deleted from this browser.';
    });

  return (
    <Card className="space-y-4" aria-labelledby="your-data">
      <div>
        <h2 id="your-data" className="font-semibold">
          Your data
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Your history lives only in this browser
          {counts ? `: ${counts.attempts} replies in ${counts.sessions} finished conversations` : ''}. Export it to keep
          a copy or move it to another browser.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void exportJson()} disabled={!!busy}>
          Export everything (JSON)
        </Button>
        <Button variant="secondary" onClick={() => void exportCsv()} disabled={!!busy}>
          Export replies (CSV)
        </Button>
        <label className="cursor-pointer rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-indigo-500 hover:bg-slate-50">
          Import an export
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            disabled={!!busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {busy && <Spinner label={busy} />}
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      <div className="border-t border-slate-100 pt-4">
        {confirming ? (
          <div
            role="alertdialog"
            aria-labelledby="confirm-delete"
            className="space-y-2 rounded-lg border border-rose-300 bg-rose-50 p-3"
          >
            <p id="confirm-delete" className="text-sm text-rose-900">
              Delete all {counts?.attempts ?? ''} replies, your conversations, your scenarios and any session in
              progress from this browser? This cannot be undone; export first if you may want them back.
            </p>
            <div className="flex gap-2">
              <Button variant="danger" onClick={() => void deleteEverything()} disabled={!!busy}>
                Yes, delete everything
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete everything…
          </Button>
        )}
      </div>
    </Card>
  );
}

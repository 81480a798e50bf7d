import { useEffect, useId, useRef, useState } from 'react';
import { builtInLibrary } from '../../scenario/scenario-library';
import { attemptsCsv, checkImport, deleteAllData, importChecked, MAX_IMPORT_BYTES } from '../../storage/export-file';
import { listAttempts } from '../../storage/history';
import { useDataCounts } from '../../storage/use-history';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { downloadFile } from '../../ui/download';
import { deletedMessage, exportMessage, importMessage } from './data-messages';
import { downloadBackup } from './download-backup';
import { useSettings } from '../../storage/use-settings';
import { StorageKept } from './storage-kept';

const today = () => new Date().toISOString().slice(0, 10);

type Status = { tone: 'info' | 'warning' | 'error'; text: string } | null;

/** Export, import and delete: the learner's history is theirs to take away and bring back. */
export function YourData() {
  const { settings } = useSettings();
  const counts = useDataCounts();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [keepSettings, setKeepSettings] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const ids = useId();

  // Focus goes back to "Delete everything…" when the confirmation closes.
  useEffect(() => {
    if (wasConfirming.current && !confirming) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function run(label: string, task: () => Promise<Status>) {
    setBusy(label);
    setStatus(null);
    try {
      setStatus(await task());
    } catch (err) {
      setStatus({ tone: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(null);
    }
  }

  const exportJson = () =>
    run('Preparing your export…', async () => {
      const result = await downloadBackup(settings);
      return { tone: result.leftOut.length ? 'warning' : 'info', text: exportMessage(result) };
    });

  const exportCsv = () =>
    run('Preparing the CSV…', async () => {
      const { rows: attempts } = await listAttempts();
      downloadFile(`rapport-replies-${today()}.csv`, [attemptsCsv(attempts)], 'text/csv');
      return { tone: 'info', text: `Exported ${attempts.length} replies as CSV.` };
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
      return importMessage(file.name, await importChecked(check.file), check);
    }).finally(() => {
      if (input.current) input.current.value = '';
    });

  const deleteEverything = () =>
    run('Deleting…', async () => {
      const deleted = await deleteAllData({ keepSettings });
      setConfirming(false);
      setKeepSettings(false);
      return { tone: 'info', text: deletedMessage(deleted) };
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
      <StorageKept />
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
            aria-labelledby={`${ids}-title`}
            aria-describedby={`${ids}-what`}
            className="space-y-3 rounded-lg border border-rose-300 bg-rose-50 p-3"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setConfirming(false);
              }
            }}
          >
            <p id={`${ids}-title`} className="text-sm font-semibold text-rose-900">
              Delete everything?
            </p>
            <p id={`${ids}-what`} className="text-sm text-rose-900">
              This deletes all {counts?.attempts ?? ''} replies, your conversations, your scenarios, any session in
              progress and the date of your last backup from this browser
              {keepSettings ? '' : ', and your grader settings and API key'}. It cannot be undone; export first if you
              may want them back.
            </p>
            <label className="flex items-center gap-2 text-sm text-rose-900">
              <input type="checkbox" checked={keepSettings} onChange={(e) => setKeepSettings(e.target.checked)} />
              Keep my grader settings and key
            </label>
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
          <button
            ref={deleteButton}
            type="button"
            className={buttonClass('secondary')}
            onClick={() => setConfirming(true)}
          >
            Delete everything…
          </button>
        )}
      </div>
    </Card>
  );
}

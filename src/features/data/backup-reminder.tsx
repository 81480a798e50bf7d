import { useEffect, useState } from 'react';
import { useConversationCount } from '../../storage/use-history';
import { dismissBackupReminder, isBackupDue, loadBackupRecord, onBackupRecordChange } from '../../storage/last-backup';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { exportMessage } from './data-messages';
import { downloadBackup } from './download-backup';
import { useSettings } from '../../storage/use-settings';

/**
 * A quiet reminder to download a backup, 30 days or 20 conversations after the last one (or the
 * last "Not now"). The history lives only in this browser, which may clear it.
 */
export function BackupReminder() {
  const { settings } = useSettings();
  const history = useConversationCount();
  const [record, setRecord] = useState(loadBackupRecord);
  useEffect(() => onBackupRecordChange(() => setRecord(loadBackupRecord())), []);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: 'info' | 'warning' | 'error'; text: string } | null>(null);

  async function download() {
    setBusy(true);
    try {
      const r = await downloadBackup(settings);
      // Worth reading only when something was left out; otherwise the banner simply goes.
      if (r.leftOut.length) setResult({ tone: 'warning', text: exportMessage(r) });
    } catch (err) {
      setResult({ tone: 'error', text: `The backup failed: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <Notice tone={result.tone}>
        {result.text}{' '}
        <Button variant="ghost" className="px-2 py-1" onClick={() => setResult(null)}>
          OK
        </Button>
      </Notice>
    );
  }
  if (!history || !isBackupDue(record, history)) return null;
  const last = record.lastExport;
  return (
    <aside
      aria-label="Backup reminder"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-700"
    >
      <p className="flex-1">
        {last
          ? `Your last backup was on ${new Date(last.at).toLocaleDateString()}; ${history.conversations - last.conversations} conversations since.`
          : `You have not downloaded a backup yet, and your ${history.conversations} conversations live only in this browser.`}
      </p>
      <Button variant="secondary" className="px-3 py-1" onClick={() => void download()} disabled={busy}>
        {busy ? 'Preparing…' : 'Download a backup'}
      </Button>
      <Button variant="ghost" className="px-3 py-1" onClick={() => dismissBackupReminder(history.conversations)}>
        Not now
      </Button>
    </aside>
  );
}

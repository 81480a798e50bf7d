import { exportParts, type ExportResult } from '../../storage/export-file';
import { conversationCount } from '../../storage/history';
import { recordExport } from '../../storage/last-backup';
import { loadSettings } from '../../storage/settings';
import { downloadFile } from '../../ui/download';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads everything as one JSON file and notes the backup, which resets the reminder. */
export async function downloadBackup(): Promise<ExportResult> {
  const result = await exportParts(loadSettings());
  downloadFile(`rapport-export-${today()}.json`, result.parts, 'application/json');
  recordExport((await conversationCount()).conversations);
  return result;
}

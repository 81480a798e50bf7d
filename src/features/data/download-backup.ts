import { exportParts, type ExportResult } from '../../storage/export-file';
import { conversationCount } from '../../storage/history';
import { recordExport } from '../../storage/last-backup';
import type { Settings } from '../../storage/settings';
import { downloadFile } from '../../ui/download';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Downloads everything as one JSON file and notes the backup, which resets the reminder. `settings`
 * go in without the API key.
 */
export async function downloadBackup(settings: Settings): Promise<ExportResult> {
  const result = await exportParts(settings);
  downloadFile(`rapport-export-${today()}.json`, result.parts, 'application/json');
  recordExport((await conversationCount()).conversations);
  return result;
}

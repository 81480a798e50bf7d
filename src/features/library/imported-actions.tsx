import { useState, type RefObject } from 'react';
import { formatScenarioError } from '../../scenario/parse-scenario';
import { deleteImportedScenario, type ImportedScenario } from '../../storage/imported-scenarios';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { downloadFile } from '../../ui/download';
import { Notice } from '../../ui/notice';

export type Status = { tone: 'info' | 'error'; text: string } | null;

/** An imported scenario by its title, or its file's name when it no longer parses. */
export const titleOf = (item: ImportedScenario) => (item.result.ok ? item.result.scenario.title : item.row.fileName);

export interface RemoveProps {
  item: ImportedScenario;
  fallbackFocus: RefObject<HTMLElement | null>;
  onRemoved: (status: Status) => void;
}

/** Remove, after a question in the page. On success the card goes, and the dialog with it. */
function RemoveImported({ item, fallbackFocus, onRemoved, ...button }: RemoveProps & { className?: string }) {
  const [asking, setAsking] = useState(false);
  const title = titleOf(item);
  return (
    <>
      <Button variant="ghost" {...button} onClick={() => setAsking(true)}>
        Remove
      </Button>
      {asking && (
        <ConfirmDialog
          title={`Remove “${title}”?`}
          choices={[{ value: 'remove', label: 'Remove', variant: 'danger' }]}
          onChoose={() => {
            onRemoved(null);
            deleteImportedScenario(item.row.id).then(
              () => onRemoved({ tone: 'info', text: `Removed “${title}”. Your history with it is kept.` }),
              (err: unknown) => {
                setAsking(false);
                onRemoved({ tone: 'error', text: `“${title}” could not be removed: ${String(err)}` });
              },
            );
          }}
          onCancel={() => setAsking(false)}
          fallbackFocus={fallbackFocus}
        >
          <p>
            This removes {item.row.fileName} from this browser. Your history with it is kept. Export it first if you may
            want it again.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** An imported scenario's own actions on its card: export it, or remove it. */
export function ImportedActions(props: RemoveProps) {
  const { item } = props;
  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-2 text-xs">
      <span className="rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900">Your scenario</span>
      <span className="text-slate-500">id {item.row.id}</span>
      <Button
        variant="ghost"
        className="!px-2 !py-1 text-xs"
        onClick={() => downloadFile(item.row.fileName, [item.row.text], 'text/yaml')}
      >
        Export
      </Button>
      <RemoveImported {...props} className="!px-2 !py-1 text-xs" />
    </div>
  );
}

/** An imported scenario that no longer loads: why, and how to fix or remove it. */
export function BrokenImport(props: RemoveProps) {
  const { item } = props;
  if (item.result.ok) return null;
  return (
    <Notice tone="warning" title={`Your scenario “${item.row.fileName}” no longer loads`}>
      <ul className="list-disc pl-5 font-mono text-xs">
        {item.result.errors.map((e) => (
          <li key={formatScenarioError(e)}>{formatScenarioError(e)}</li>
        ))}
      </ul>
      <div className="mt-2 flex gap-2">
        <Button variant="secondary" onClick={() => downloadFile(item.row.fileName, [item.row.text], 'text/yaml')}>
          Export it to fix it
        </Button>
        <RemoveImported {...props} />
      </div>
    </Notice>
  );
}

import { useRef, useState } from 'react';
import { formatScenarioError, type ScenarioError } from '../../scenario/parse-scenario';
import { builtInLibrary } from '../../scenario/scenario-library';
import type { Scenario } from '../../scenario/scenario.schema';
import {
  getImportedScenario,
  importedScenarioIds,
  saveImportedScenario,
  type ImportedScenario,
} from '../../storage/imported-scenarios';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorList } from '../../ui/error-list';
import { Notice } from '../../ui/notice';
import { titleOf } from './imported-actions';

const builtInIds = () => new Set(builtInLibrary.scenarios.map((s) => s.id));

interface Conflict {
  text: string;
  fileName: string;
  scenario: Scenario;
  existing: ImportedScenario;
  /** The id the new file is kept under if the learner keeps both. */
  freeId: string;
}

/**
 * Imports a scenario file the learner wrote: checked first, and an id already taken asks whether to
 * replace the other scenario or keep both.
 */
export function ImportScenario() {
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<ScenarioError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const fail = (fileName: string, err: unknown) =>
    setErrors([{ file: fileName, path: '', message: err instanceof Error ? err.message : String(err) }]);

  async function onFile(file: File) {
    setBusy(true);
    setErrors([]);
    setMessage(null);
    try {
      const { validateImport, freeScenarioId } = await import('../../scenario/import-scenario');
      const text = await file.text();
      const result = validateImport(text, file.name, builtInIds());
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      const existing = await getImportedScenario(result.scenario.id);
      if (existing) {
        const taken = new Set([...builtInIds(), ...(await importedScenarioIds())]);
        const freeId = freeScenarioId(result.scenario.id, taken);
        setConflict({ text, fileName: file.name, scenario: result.scenario, existing, freeId });
        return;
      }
      await save(result.scenario.id, file.name, text);
      setMessage(`Imported “${result.scenario.title}”. It is in the list below.`);
    } catch (err) {
      fail(file.name, err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function resolve(c: Conflict, choice: 'replace' | 'keep-both') {
    setConflict(null);
    try {
      if (choice === 'replace') {
        await save(c.scenario.id, c.fileName, c.text);
        setMessage(
          `Replaced “${titleOf(c.existing)}” with “${c.scenario.title}” from ${c.fileName}. Your history with it is kept.`,
        );
        return;
      }
      const { validateImport, withScenarioId } = await import('../../scenario/import-scenario');
      const text = withScenarioId(c.text, c.freeId);
      const again = validateImport(text, c.fileName, builtInIds());
      if (!again.ok) {
        setErrors(again.errors);
        return;
      }
      await save(c.freeId, c.fileName, text);
      setMessage(
        `Kept both. The new “${c.scenario.title}” is stored with the id “${c.freeId}” (changed in its file too), because “${c.scenario.id}” was taken.`,
      );
    } catch (err) {
      fail(c.fileName, err);
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <label className="cursor-pointer rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus-within:ring-2 focus-within:ring-indigo-500">
        {busy ? 'Importing…' : 'Import a scenario file'}
        <input
          ref={input}
          type="file"
          accept=".yaml,.yml,.json,application/json,text/yaml"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
      <div className="w-full max-w-xl space-y-2">
        {message && <Notice>{message}</Notice>}
        <ErrorList
          title="This file was not imported. Fix these and try again:"
          errors={errors.map(formatScenarioError)}
        />
      </div>
      {conflict && (
        <ConfirmDialog
          title={`You already have a scenario with the id “${conflict.scenario.id}”`}
          choices={[
            { value: 'replace', label: 'Replace it', variant: 'danger' },
            { value: 'keep-both', label: 'Keep both', variant: 'primary' },
          ]}
          onChoose={(choice) => void resolve(conflict, choice)}
          onCancel={() => {
            setConflict(null);
            setMessage(`Nothing was imported. Your scenario “${titleOf(conflict.existing)}” is unchanged.`);
          }}
          returnFocus={input}
        >
          <p>
            “{conflict.scenario.title}” in {conflict.fileName} has the same id as your scenario “
            {titleOf(conflict.existing)}”, imported from {conflict.existing.row.fileName} on{' '}
            {new Date(conflict.existing.row.importedAt).toLocaleDateString()}.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <strong>Replace it</strong>: the new file takes its place. Your practice history stays with it.
            </li>
            <li>
              <strong>Keep both</strong>: the new one is stored with the id{' '}
              <span className="whitespace-nowrap">“{conflict.freeId}”</span>.
            </li>
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}

function save(id: string, fileName: string, text: string): Promise<void> {
  return saveImportedScenario({ id, fileName, text, importedAt: new Date().toISOString() });
}

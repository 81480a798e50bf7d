import { useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { RUBRIC, type CriterionId } from '../../grading/rubric';
import { formatScenarioError, type ScenarioError } from '../../scenario/parse-scenario';
import { builtInLibrary } from '../../scenario/scenario-library';
import { Category, categoryName, type Scenario } from '../../scenario/scenario.schema';
import { STAGE_NAMES, themeStages, type ReplyLevels } from '../../scenario/path';
import { useAttempts } from '../../storage/use-history';
import { useImportedScenarios } from '../../storage/use-imported-scenarios';
import {
  deleteImportedScenario,
  getImportedScenario,
  importedScenarioIds,
  saveImportedScenario,
  type ImportedScenario,
} from '../../storage/imported-scenarios';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorList } from '../../ui/error-list';
import { Notice } from '../../ui/notice';
import { ScenarioFacts } from '../../ui/scenario-facts';
import { Select } from '../../ui/select';
import { useUrlFilters } from '../../ui/use-url-filters';
import { downloadFile } from '../../ui/download';
import { filterScenarios, type ScenarioFilter } from './filter-scenarios';

interface Item {
  scenario: Scenario;
  imported?: ImportedScenario;
}

const CATEGORIES = Category.options;

type Status = { tone: 'info' | 'error'; text: string } | null;
const NONE: readonly never[] = [];

const builtInIds = () => new Set(builtInLibrary.scenarios.map((s) => s.id));
const titleOf = (item: ImportedScenario) => (item.result.ok ? item.result.scenario.title : item.row.fileName);

export function LibraryPage() {
  const attempts = useAttempts()?.rows ?? NONE;
  const imported = useImportedScenarios();
  const { filters: urlFilters, setFilter, clear } = useUrlFilters(['q', 'skill', 'category', 'difficulty'] as const);
  const filter: ScenarioFilter = { ...urlFilters, text: urlFilters.q };

  const items: Item[] = [
    ...builtInLibrary.scenarios.map((scenario) => ({ scenario })),
    ...imported.flatMap((i) => (i.result.ok ? [{ scenario: i.result.scenario, imported: i }] : [])),
  ];
  const broken = imported.filter((i) => !i.result.ok);
  const shown = filterScenarios(items, filter);
  const filtering = Object.values(filter).some(Boolean);
  // Where focus goes when a removed scenario's card (and its Remove button) has gone.
  const heading = useRef<HTMLHeadingElement>(null);
  const [removal, setRemoval] = useState<Status>(null);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
          Scenarios
        </h1>
        <ImportScenario />
      </div>
      {removal && <Notice tone={removal.tone}>{removal.text}</Notice>}
      <ThemePath scenarios={builtInLibrary.scenarios} attempts={attempts} />
      <ErrorList title="Some scenarios could not be loaded" errors={builtInLibrary.errors.map(formatScenarioError)} />
      {broken.map((b) => (
        <BrokenImport key={b.row.id} item={b} fallbackFocus={heading} onRemoved={setRemoval} />
      ))}

      <form
        role="search"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="text-sm sm:col-span-4">
          <span className="font-medium">Search</span>
          <input
            type="search"
            value={filter.text}
            onChange={(e) => setFilter('q', e.target.value)}
            placeholder="Title, person, workplace…"
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          />
        </label>
        <Select label="Skill" value={filter.skill} onChange={(v) => setFilter('skill', v)}>
          {(Object.keys(RUBRIC) as CriterionId[]).map((id) => (
            <option key={id} value={id}>
              {RUBRIC[id].name}
            </option>
          ))}
        </Select>
        <Select label="Category" value={filter.category} onChange={(v) => setFilter('category', v)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c)}
            </option>
          ))}
        </Select>
        <Select label="Difficulty" value={filter.difficulty} onChange={(v) => setFilter('difficulty', v)}>
          <option value="1">1 · gentle</option>
          <option value="2">2 · moderate</option>
          <option value="3">3 · demanding</option>
        </Select>
        <div className="flex items-end">
          <Button variant="ghost" disabled={!filtering} onClick={clear}>
            Clear filters
          </Button>
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">
        {shown.length === items.length ? `${items.length} scenarios` : `${shown.length} of ${items.length} scenarios`}
      </p>
      {shown.length === 0 ? (
        <Card className="text-center text-slate-600">No scenario matches these filters.</Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Scenario list">
          {shown.map(({ scenario: s, imported: imp }) => {
            const mine = attempts.filter((a) => a.scenarioId === s.id);
            const best = mine.length ? Math.max(...mine.map((a) => a.overall)) : null;
            const last = mine.at(-1)?.createdAt;
            return (
              <li key={s.id}>
                <Card className="flex h-full flex-col gap-2">
                  <div className="flex items-start justify-between gap-2">
                    <h2 className="text-lg font-semibold">
                      <Link to={`/practice/${s.id}`} className="hover:underline">
                        {s.title}
                      </Link>
                    </h2>
                    {mine.length > 0 && (
                      <span className="shrink-0 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800">
                        ✓ Done
                      </span>
                    )}
                  </div>
                  <p className="text-sm text-slate-700">{s.summary}</p>
                  <ScenarioFacts scenario={s} />
                  <p className="text-xs text-slate-500">
                    With {s.persona.name}, {s.persona.role} · practises{' '}
                    {s.skills.map((k) => RUBRIC[k].name.toLowerCase()).join(', ')}
                  </p>
                  <p className="mt-auto pt-2 text-xs text-slate-600">
                    {last
                      ? `Last practised ${new Date(last).toLocaleDateString()} · best reply ${best}/100`
                      : 'Not practised yet'}
                  </p>
                  {imp && <ImportedActions item={imp} fallbackFocus={heading} onRemoved={setRemoval} />}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface Conflict {
  text: string;
  fileName: string;
  scenario: Scenario;
  existing: ImportedScenario;
  /** The id the new file is kept under if the learner keeps both. */
  freeId: string;
}

function ImportScenario() {
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

interface RemoveProps {
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

function ImportedActions(props: RemoveProps) {
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

function BrokenImport(props: RemoveProps) {
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

/**
 * How far the learner has come on each theme's path from gentle to demanding (the daily pick
 * follows it): practised themes only, so a new learner sees nothing to live up to.
 */
function ThemePath({ scenarios, attempts }: { scenarios: readonly Scenario[]; attempts: readonly ReplyLevels[] }) {
  const stages = themeStages(scenarios, attempts);
  if (stages.size === 0) return null;
  return (
    <Card aria-labelledby="path-heading" data-testid="theme-path">
      <h2 id="path-heading" className="font-semibold">
        Your path
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each theme moves from gentle to demanding as your levels on its skills rise, and back when they fall.
        Today&apos;s pick follows it.
      </p>
      <ul className="mt-3 grid gap-x-8 gap-y-1.5 text-sm sm:grid-cols-2">
        {[...stages].map(([category, stage]) => (
          <li key={category} className="flex items-center justify-between gap-3">
            <span className="capitalize">{categoryName(category)}</span>
            <span className="flex items-center gap-2 text-slate-700">
              <span className="flex gap-0.5" aria-hidden>
                {[1, 2, 3].map((n) => (
                  <span key={n} className={`h-2 w-5 rounded-sm ${n <= stage ? 'bg-indigo-600' : 'bg-slate-200'}`} />
                ))}
              </span>
              {STAGE_NAMES[stage]}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { RUBRIC, type CriterionId } from '../../grading/rubric';
import { formatScenarioError } from '../../scenario/parse-scenario';
import { scenarioFacts } from '../../scenario/scenario-facts';
import { builtInLibrary } from '../../scenario/scenario-library';
import { Category, categoryName, type Scenario } from '../../scenario/scenario.schema';
import type { ImportedScenario } from '../../storage/imported-scenarios';
import { useAttempts } from '../../storage/use-history';
import { useImportedScenarios } from '../../storage/use-imported-scenarios';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ErrorList } from '../../ui/error-list';
import { FactChips } from '../../ui/fact-chips';
import { Notice } from '../../ui/notice';
import { Select } from '../../ui/select';
import { useUrlFilters } from '../../ui/use-url-filters';
import { filterScenarios, type ScenarioFilter } from './filter-scenarios';
import { ImportScenario } from './import-scenario-button';
import { BrokenImport, ImportedActions, type Status } from './imported-actions';
import { ThemePath } from './theme-path';

interface Item {
  scenario: Scenario;
  imported?: ImportedScenario;
}

const CATEGORIES = Category.options;

const NONE: readonly never[] = [];

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
                  <FactChips facts={scenarioFacts(s)} />
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

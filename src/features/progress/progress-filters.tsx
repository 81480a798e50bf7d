import { useId } from 'react';
import { RUBRIC, type CriterionId } from '../../grading/rubric';
import { engineLabel } from '../../storage/history.schema';
import { Select } from '../../ui/select';
import { DateFilter } from './date-filter';
import type { HistoryFilter } from './filter-history';

const SKILLS = Object.keys(RUBRIC) as CriterionId[];

/** The filters every list and chart on Progress follows; a From after To is refused, with its reason. */
export function ProgressFilters({
  filter,
  setFilter,
  scenarioIds,
  engines,
  titles,
  rangeError,
}: {
  filter: HistoryFilter;
  setFilter: (key: keyof HistoryFilter, value: string) => void;
  /** The scenarios and graders found in the history: the only ones worth offering. */
  scenarioIds: readonly string[];
  engines: readonly string[];
  titles: ReadonlyMap<string, string>;
  rangeError: string | null;
}) {
  const errorId = useId();
  return (
    <form
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5"
      aria-label="Filter history"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select emptyLabel="All" label="Scenario" value={filter.scenario} onChange={(v) => setFilter('scenario', v)}>
        {scenarioIds.map((id) => (
          <option key={id} value={id}>
            {titles.get(id) ?? `${id} (not in this library)`}
          </option>
        ))}
      </Select>
      <Select emptyLabel="All" label="Skill" value={filter.skill} onChange={(v) => setFilter('skill', v)}>
        {SKILLS.map((s) => (
          <option key={s} value={s}>
            {RUBRIC[s].name}
          </option>
        ))}
      </Select>
      <Select emptyLabel="All" label="Graded by" value={filter.engine} onChange={(v) => setFilter('engine', v)}>
        {engines.map((e) => (
          <option key={e} value={e}>
            {engineLabel(e)}
          </option>
        ))}
      </Select>
      <DateFilter
        label="From"
        value={filter.from}
        onChange={(v) => setFilter('from', v)}
        error={rangeError ? errorId : undefined}
      />
      <DateFilter
        label="To"
        value={filter.to}
        onChange={(v) => setFilter('to', v)}
        error={rangeError ? errorId : undefined}
      />
      {rangeError && (
        <p id={errorId} role="alert" className="text-sm font-medium text-rose-800 sm:col-span-5">
          {rangeError}
        </p>
      )}
    </form>
  );
}

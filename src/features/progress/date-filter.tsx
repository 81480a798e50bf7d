import { useId } from 'react';

/**
 * A From or To date. Empty, it says "Any date" itself rather than leaving the engine to draw an
 * empty date input (WebKit draws today's date in normal text, as if a filter were set); set, it
 * offers a button that clears it.
 */
export function DateFilter({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  /** The id of the message that says why the dates are not applied. */
  error?: string;
}) {
  const id = useId();
  const empty = value === '';
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="relative mt-1">
        <input
          id={id}
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[empty && `${id}-state`, error].filter(Boolean).join(' ') || undefined}
          data-empty={empty || undefined}
          // Empty and not being edited: the engine's own text is hidden under the hint.
          className={`peer block w-full rounded-lg border px-2 py-1.5 ${error ? 'border-rose-500' : 'border-slate-300'} ${empty ? 'text-transparent focus:text-inherit [&::-webkit-datetime-edit]:opacity-0 focus:[&::-webkit-datetime-edit]:opacity-100' : ''}`}
        />
        {empty && (
          <span
            aria-hidden
            className="pointer-events-none absolute inset-y-0 left-2 flex items-center text-slate-500 italic peer-focus:hidden"
            data-testid="date-filter-empty"
          >
            Any date
          </span>
        )}
      </div>
      {empty ? (
        <span id={`${id}-state`} className="sr-only">
          Any date
        </span>
      ) : (
        <button
          type="button"
          onClick={() => onChange('')}
          className="mt-1 text-xs font-medium text-indigo-700 hover:underline"
          aria-label={`Clear the ${label} date`}
        >
          Clear
        </button>
      )}
    </div>
  );
}

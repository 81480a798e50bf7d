import type { ReactNode } from 'react';

/** A labelled select with an empty first option meaning "no filter". */
export function Select({
  label,
  value,
  onChange,
  emptyLabel = 'Any',
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  emptyLabel?: string;
  children: ReactNode;
}) {
  return (
    <label className="text-sm">
      <span className="font-medium">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-2"
      >
        <option value="">{emptyLabel}</option>
        {children}
      </select>
    </label>
  );
}

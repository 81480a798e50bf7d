import { useId, type ReactNode } from 'react';

/** A labelled input whose error, when there is one, is announced and tied to it. */
export function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string;
  children: (id: string, describedBy?: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children(id, error ? `${id}-error` : undefined)}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** One choice of a radio group, with a line that explains it. */
export function Radio({
  name,
  checked,
  onChange,
  label,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  children: ReactNode;
}) {
  return (
    <label
      className={`flex cursor-pointer gap-3 rounded-lg border p-3 ${checked ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200'}`}
    >
      <input type="radio" name={name} checked={checked} onChange={onChange} className="mt-1" />
      <span>
        <span className="block font-medium">{label}</span>
        <span className="block text-sm text-slate-600">{children}</span>
      </span>
    </label>
  );
}

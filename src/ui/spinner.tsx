export function Spinner({ label }: { label: string }) {
  return (
    <span role="status" className="inline-flex items-center gap-2 text-sm text-slate-600">
      <span
        className="size-4 motion-safe:animate-spin rounded-full border-2 border-indigo-200 border-t-indigo-700"
        aria-hidden
      />
      {label}
    </span>
  );
}

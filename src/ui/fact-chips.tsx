/** A few short facts as chips, the first one (what the thing is about) set apart. */
export function FactChips({ facts, className = '' }: { facts: readonly string[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-2 text-xs ${className}`}>
      {facts.map((fact, i) => (
        <li
          key={fact}
          className={
            i === 0
              ? 'rounded-full bg-indigo-50 px-2.5 py-1 font-medium text-indigo-800'
              : 'rounded-full bg-slate-100 px-2.5 py-1 text-slate-700'
          }
        >
          {fact}
        </li>
      ))}
    </ul>
  );
}

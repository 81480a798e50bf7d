/** Four pips for a 0-4 level; the text beside it carries the meaning for screen readers. */
export function LevelMeter({ level, max = 4 }: { level: number; max?: number }) {
  const colour = level >= 3 ? 'bg-emerald-600' : level === 2 ? 'bg-amber-500' : 'bg-rose-500';
  return (
    <span className="inline-flex gap-0.5" aria-hidden>
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={`h-2 w-4 rounded-sm ${i < level ? colour : 'bg-slate-200'}`} />
      ))}
    </span>
  );
}

/**
 * "One strong way to say it": the moment's exemplar replies, written by the scenario's author. Shown
 * only with the learner's own grade, never before they reply.
 */
export function Exemplars({ exemplars }: { exemplars: readonly string[] }) {
  if (exemplars.length === 0) return null;
  return (
    <section
      className="rounded-xl border border-emerald-200 bg-emerald-50 p-4"
      data-testid="exemplars"
      aria-labelledby="exemplars-heading"
    >
      <h3 id="exemplars-heading" className="font-semibold text-emerald-950">
        {exemplars.length > 1 ? 'Strong ways to say it' : 'One strong way to say it'}
      </h3>
      <p className="text-xs text-emerald-900">
        Written by the scenario's author. Yours can be as good in your own words.
      </p>
      <ul className="mt-2 space-y-2">
        {exemplars.map((e) => (
          <li key={e} className="rounded-lg bg-white px-3 py-2 text-sm text-slate-900 shadow-sm">
            {e}
          </li>
        ))}
      </ul>
    </section>
  );
}

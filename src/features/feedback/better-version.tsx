import { diffWords } from 'diff';

/** The model's better version beside the learner's reply, with words removed and added marked. */
export function BetterVersion({ reply, better }: { reply: string; better: string }) {
  const parts = diffWords(reply, better);
  return (
    <section
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-labelledby="better-version"
      data-testid="better-version"
    >
      <h3 id="better-version" className="font-semibold">
        A better version, in your words
      </h3>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">You wrote</p>
          <p className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 leading-7">
            {parts.map((p, i) =>
              p.added ? null : p.removed ? (
                <del key={i} className="bg-rose-100 text-rose-900 decoration-rose-500">
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </p>
        </div>
        <div>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Better</p>
          <p className="whitespace-pre-wrap break-words rounded-lg bg-emerald-50 p-3 leading-7">
            {parts.map((p, i) =>
              p.removed ? null : p.added ? (
                <ins key={i} className="bg-emerald-200 text-emerald-950 no-underline">
                  {p.value}
                </ins>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </p>
        </div>
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Struck-through words were changed or removed; highlighted words are new.
      </p>
    </section>
  );
}

import type { Evidence } from '../../grading/grade.schema';
import { segmentReply, type Segment } from './highlight';

const markClass = {
  supports: 'bg-emerald-100 text-emerald-950 underline decoration-emerald-600 decoration-2 underline-offset-4',
  undermines: 'bg-amber-100 text-amber-950 underline decoration-amber-600 decoration-wavy underline-offset-4',
};
const icon = { supports: '✓', undermines: '!' };

/** One thing the grader found: a check, whether it helps or hurts, and the words that show it. */
export interface Finding {
  n: number;
  check: string;
  label: string;
  polarity: Evidence['polarity'];
  quotes: string[];
}

/**
 * Groups the marked words by check, so one long sentence with many overlapping spans reads as a few
 * findings ("Hedge: “kind of”, “maybe”"), never as twenty items or an empty quote.
 */
export function findings(segments: readonly Segment[], checkLabels: Record<string, string>): Finding[] {
  const byCheck = new Map<string, Finding>();
  for (const s of segments) {
    if (!s.polarity) continue;
    const quote = s.text.trim();
    for (const check of s.checks) {
      let f = byCheck.get(check);
      if (!f) {
        f = { n: byCheck.size + 1, check, label: checkLabels[check] ?? check, polarity: s.polarity, quotes: [] };
        byCheck.set(check, f);
      }
      if (s.polarity === 'undermines') f.polarity = 'undermines';
      if (quote && !f.quotes.includes(quote)) f.quotes.push(quote);
    }
  }
  return [...byCheck.values()].filter((f) => f.quotes.length > 0);
}

/**
 * The learner's reply as plain text (never HTML), with one criterion's evidence marked. Each mark
 * carries its meaning three ways: colour, an icon with the number of its finding, and the list of
 * findings below, so nothing depends on telling green from amber.
 */
export function HighlightedReply({
  reply,
  evidence,
  checkLabels,
}: {
  reply: string;
  evidence: readonly Evidence[];
  checkLabels: Record<string, string>;
}) {
  const segments = segmentReply(reply, evidence);
  const found = findings(segments, checkLabels);
  const number = new Map(found.map((f) => [f.check, f.n]));
  return (
    <>
      <blockquote
        className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-4 leading-7 text-slate-800"
        data-testid="highlighted-reply"
      >
        {segments.map((s, i) => {
          if (!s.polarity || !s.text.trim()) return <span key={i}>{s.text}</span>;
          const label = s.checks.map((c) => checkLabels[c] ?? c).join('; ');
          const ns = s.checks.flatMap((c) => number.get(c) ?? []);
          return (
            // The marker is drawn by CSS from data-marker, so the reply's text stays exactly what was written.
            <mark
              key={i}
              className={`${markClass[s.polarity]} after:ml-0.5 after:align-super after:text-[0.65rem] after:font-semibold after:content-[attr(data-marker)]`}
              title={label}
              data-polarity={s.polarity}
              data-marker={`${icon[s.polarity]}${ns.join(',')}`}
            >
              {s.text}
            </mark>
          );
        })}
      </blockquote>
      {found.length > 0 && (
        <ol className="mt-2 space-y-1 text-sm" aria-label="What the grader found" data-testid="findings">
          {found.map((f) => (
            <li key={f.check} className={f.polarity === 'supports' ? 'text-emerald-900' : 'text-amber-900'}>
              <span className="font-semibold" aria-hidden>
                {icon[f.polarity]}
                {f.n}{' '}
              </span>
              <span className="sr-only">{f.polarity === 'supports' ? 'Strength: ' : 'To work on: '}</span>
              <span className="font-medium">{f.label}</span>:{' '}
              <span className="text-slate-700">{f.quotes.map((q) => `“${q}”`).join(', ')}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

import type { Evidence } from '../../grading/grade.schema';
import { segmentReply } from './highlight';

const markClass = {
  supports: 'bg-emerald-100 text-emerald-950 underline decoration-emerald-600 decoration-2 underline-offset-4',
  undermines: 'bg-amber-100 text-amber-950 underline decoration-amber-600 decoration-wavy underline-offset-4',
};

/** The learner's reply as plain text (never HTML), with one criterion's evidence marked. */
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
  const marked = segments.filter((s) => s.polarity);
  return (
    <>
      <blockquote
        className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-4 leading-7 text-slate-800"
        data-testid="highlighted-reply"
      >
        {segments.map((s, i) => {
          if (!s.polarity) return <span key={i}>{s.text}</span>;
          const label = s.checks.map((c) => checkLabels[c] ?? c).join('; ');
          return (
            <mark key={i} className={markClass[s.polarity]} title={label} data-polarity={s.polarity}>
              {s.text}
            </mark>
          );
        })}
      </blockquote>
      {/* The marks' meaning, for screen readers, without breaking up the quoted reply. */}
      <ul className="sr-only">
        {marked.map((s, i) => (
          <li key={i}>
            {s.polarity === 'supports' ? 'Strength' : 'To work on'}: “{s.text.trim()}” (
            {s.checks.map((c) => checkLabels[c] ?? c).join('; ')})
          </li>
        ))}
      </ul>
    </>
  );
}

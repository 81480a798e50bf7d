import { useLowPressure } from '../../ui/low-pressure';

/** A line of the persona's; `current` is the one the learner answers now, `streaming` while a model writes it. */
export function PersonaLine({
  name,
  text,
  current = false,
  streaming = false,
}: {
  name: string;
  text: string;
  current?: boolean;
  streaming?: boolean;
}) {
  return (
    <div className="flex gap-3">
      <span
        aria-hidden
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-teal-100 text-sm font-bold text-teal-900"
      >
        {name.charAt(0)}
      </span>
      <div
        className={`max-w-[85%] rounded-2xl rounded-tl-sm px-4 py-3 ${current ? 'bg-white shadow ring-1 ring-slate-200' : 'bg-slate-100 text-slate-700'}`}
        data-testid={current ? 'persona-line' : undefined}
      >
        <p className="sr-only">{name} says:</p>
        <p className="whitespace-pre-wrap" aria-live={streaming ? 'polite' : undefined} aria-busy={streaming}>
          {text}
          {streaming && (
            <span
              className="ml-0.5 inline-block h-4 w-1.5 motion-safe:animate-pulse bg-slate-400 align-middle"
              aria-hidden
            />
          )}
        </p>
      </div>
    </div>
  );
}

/** A reply of the learner's, with its score unless in low-pressure mode. */
export function LearnerLine({ text, score }: { text: string; score?: number }) {
  const lowPressure = useLowPressure();
  return (
    <div className="flex justify-end">
      <div className="max-w-[85%] rounded-2xl rounded-tr-sm bg-indigo-700 px-4 py-3 text-white">
        <p className="sr-only">You said:</p>
        <p className="whitespace-pre-wrap break-words">{text}</p>
        {score !== undefined && !lowPressure && <p className="mt-1 text-right text-xs text-indigo-100">{score}/100</p>}
      </div>
    </div>
  );
}

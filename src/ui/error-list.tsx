import { Notice } from './notice';

/** A list of already formatted errors, e.g. `scenarios/x.yaml: beats[2].goto: unknown beat`. */
export function ErrorList({ title, errors }: { title: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <Notice tone="error" title={title}>
      <ul className="list-disc pl-5 font-mono text-xs">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </Notice>
  );
}

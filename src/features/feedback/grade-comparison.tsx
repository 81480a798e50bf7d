import type { Grade } from '../../grading/grade.schema';
import { RUBRIC, levelName } from '../../grading/rubric';

/** This try's levels beside the previous try's at the same moment, with the change. */
export function GradeComparison({
  previous,
  current,
  lowPressure,
}: {
  previous: Grade;
  current: Grade;
  lowPressure: boolean;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="text-sm font-semibold">Compared with your previous try at this moment</h3>
      <table className="mt-2 w-full text-sm" data-testid="comparison">
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th className="py-1 font-medium">Criterion</th>
            <th className="py-1 font-medium">Before</th>
            <th className="py-1 font-medium">Now</th>
          </tr>
        </thead>
        <tbody>
          {!lowPressure && (
            <tr className="border-t border-slate-100">
              <td className="py-1">Overall</td>
              <td className="py-1">{previous.overall}</td>
              <td className="py-1 font-semibold">
                {current.overall} <Delta value={current.overall - previous.overall} />
              </td>
            </tr>
          )}
          {current.criteria.map((c) => {
            const before = previous.criteria.find((p) => p.id === c.id)?.level;
            return (
              <tr key={c.id} className="border-t border-slate-100">
                <td className="py-1">{RUBRIC[c.id].name}</td>
                <td className="py-1">
                  {before === undefined ? '–' : lowPressure ? levelName(before) : `${levelName(before)} (${before})`}
                </td>
                <td className="py-1 font-semibold">
                  {lowPressure ? levelName(c.level) : `${levelName(c.level)} (${c.level})`}{' '}
                  {before !== undefined && <Delta value={c.level - before} words={lowPressure} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Delta({ value, words = false }: { value: number; words?: boolean }) {
  if (value === 0) return <span className="text-xs font-normal text-slate-500">(same)</span>;
  if (words) {
    return (
      <span className={`text-xs font-semibold ${value > 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
        ({value > 0 ? 'stronger' : 'not as strong'})
      </span>
    );
  }
  return (
    <span className={`text-xs font-semibold ${value > 0 ? 'text-emerald-700' : 'text-rose-700'}`}>
      ({value > 0 ? '+' : '−'}
      {Math.abs(value)})
    </span>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { RUBRIC, levelName } from '../../grading/rubric';
import { builtInLibrary } from '../../scenario/scenario-library';
import { listAttempts } from '../../storage/history';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { SkillChart } from './skill-chart';

const PAGE = 25;

export function ProgressPage({ chartWidth }: { chartWidth?: number }) {
  const history = useLiveQuery(() => listAttempts(), [], null);
  const [shown, setShown] = useState(PAGE);
  const titles = new Map(builtInLibrary.scenarios.map((s) => [s.id, s.title]));

  if (history === null) return <p className="text-sm text-slate-500">Loading your history…</p>;
  const attempts = history.rows;
  const newestFirst = [...attempts].reverse();

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Progress</h1>
      {history.skipped > 0 && (
        <Notice tone="warning">{history.skipped} stored attempt(s) could not be read and are not shown.</Notice>
      )}
      {attempts.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-lg font-semibold">No graded replies yet</h2>
          <p className="mx-auto mt-1 max-w-md text-slate-600">
            Your skill levels over time will appear here once you have practised. Each reply you send is graded and kept
            in this browser.
          </p>
          <Link to="/" className={`${buttonClass('primary')} mt-4`}>
            Start today's practice
          </Link>
        </Card>
      ) : (
        <>
          <Card>
            <h2 className="mb-3 font-semibold">Skills over time</h2>
            <SkillChart attempts={attempts} width={chartWidth} />
          </Card>
          <Card>
            <h2 className="font-semibold">
              Your replies <span className="font-normal text-slate-500">({attempts.length})</span>
            </h2>
            <ul className="mt-3 divide-y divide-slate-100" aria-label="Attempts">
              {newestFirst.slice(0, shown).map((a) => (
                <li key={a.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="text-xs text-slate-500">
                      {new Date(a.createdAt).toLocaleString()} · {titles.get(a.scenarioId) ?? a.scenarioId}
                    </p>
                    <p className="truncate text-sm text-slate-800">“{a.reply}”</p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {a.grade.criteria
                        .map((c) => `${RUBRIC[c.id].name} ${levelName(c.level).toLowerCase()} (${c.level})`)
                        .join(' · ')}
                    </p>
                  </div>
                  <div className="flex shrink-0 items-center gap-3">
                    <span className="text-lg font-semibold text-indigo-900">{a.grade.overall}</span>
                    <Link
                      to={`/attempts/${encodeURIComponent(a.id)}`}
                      className="text-sm font-medium text-indigo-700 hover:underline"
                    >
                      View feedback
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
            {shown < attempts.length && (
              <Button variant="secondary" className="mt-3" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, attempts.length - shown)} more
              </Button>
            )}
          </Card>
        </>
      )}
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { RUBRIC } from '../../grading/rubric';
import { builtInLibrary } from '../../scenario/scenario-library';
import { formatScenarioError } from '../../scenario/parse-scenario';
import { ErrorList } from '../../ui/error-list';
import { listAttempts } from '../../storage/history';
import { Card } from '../../ui/card';
import { ScenarioFacts } from '../../ui/scenario-facts';

export function LibraryPage() {
  const attempts = useLiveQuery(async () => (await listAttempts()).rows, [], []);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Scenarios</h1>
      <ErrorList title="Some scenarios could not be loaded" errors={builtInLibrary.errors.map(formatScenarioError)} />
      <ul className="grid gap-4 md:grid-cols-2">
        {builtInLibrary.scenarios.map((s) => {
          const mine = attempts.filter((a) => a.scenarioId === s.id);
          const best = mine.length ? Math.max(...mine.map((a) => a.grade.overall)) : null;
          const last = mine.at(-1)?.createdAt;
          return (
            <li key={s.id}>
              <Card className="flex h-full flex-col gap-2">
                <h2 className="text-lg font-semibold">
                  <Link to={`/practice/${s.id}`} className="hover:underline">
                    {s.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">{s.summary}</p>
                <ScenarioFacts scenario={s} />
                <p className="text-xs text-slate-500">Practises: {s.skills.map((k) => RUBRIC[k].name).join(', ')}</p>
                <p className="mt-auto pt-2 text-xs text-slate-600">
                  {last
                    ? `Last practised ${new Date(last).toLocaleDateString()} · best reply ${best}/100`
                    : 'Not practised yet'}
                </p>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

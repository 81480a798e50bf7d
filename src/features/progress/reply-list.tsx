import { Link } from 'react-router';
import { RUBRIC, levelName, type CriterionId } from '../../grading/rubric';
import { engineLabel, type AttemptSummary } from '../../storage/history.schema';
import { Card } from '../../ui/card';
import { ShowMore, useNewestFirst } from './newest-first';
import { formatDateTime } from './format';

/** The replies that match the filters, newest first, a page at a time; each opens its feedback. */
export function ReplyList({
  attempts,
  titles,
  lowPressure,
  pageKey,
}: {
  attempts: readonly AttemptSummary[];
  titles: ReadonlyMap<string, string>;
  lowPressure: boolean;
  pageKey: string;
}) {
  const { page, more, showMore } = useNewestFirst(attempts, pageKey);
  return (
    <Card id="replies" aria-labelledby="replies-heading">
      <h2 id="replies-heading" className="font-semibold">
        Your replies <span className="font-normal text-slate-500">({attempts.length})</span>
      </h2>
      <ul className="mt-3 divide-y divide-slate-100" aria-label="Attempts">
        {page.map((a) => (
          <AttemptRowView key={a.id} a={a} title={titles.get(a.scenarioId)} lowPressure={lowPressure} />
        ))}
      </ul>
      <ShowMore more={more} onClick={showMore} />
    </Card>
  );
}

function AttemptRowView({ a, title, lowPressure }: { a: AttemptSummary; title?: string; lowPressure: boolean }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="text-xs text-slate-500">
          {formatDateTime(a.createdAt)} · {title ?? `${a.scenarioId} (not in this library)`} · graded by{' '}
          {engineLabel(a.engine)}
        </p>
        <p className="truncate text-sm text-slate-800">“{a.replyPreview}”</p>
        <p className="mt-0.5 text-xs text-slate-500">
          {Object.entries(a.levels)
            .map(
              ([id, level]) =>
                `${RUBRIC[id as CriterionId]?.name ?? id} ${levelName(level).toLowerCase()}${lowPressure ? '' : ` (${level})`}`,
            )
            .join(' · ')}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {!lowPressure && <span className="text-lg font-semibold text-indigo-900">{a.overall}</span>}
        <Link
          to={`/attempts/${encodeURIComponent(a.id)}`}
          className="text-sm font-medium text-indigo-700 hover:underline"
        >
          View feedback
        </Link>
      </div>
    </li>
  );
}

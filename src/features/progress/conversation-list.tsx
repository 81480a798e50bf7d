import { Link } from 'react-router';
import type { SessionSummary } from '../../storage/history.schema';
import { Card } from '../../ui/card';
import { ShowMore, useNewestFirst } from './newest-first';
import { formatDateTime, replies } from './format';

/** The finished conversations that match the filters, newest first, a page at a time. */
export function ConversationList({
  finished,
  any,
  titles,
  lowPressure,
  pageKey,
}: {
  finished: readonly SessionSummary[];
  /** Whether any conversation is stored at all, filtered out or not. */
  any: boolean;
  titles: ReadonlyMap<string, string>;
  lowPressure: boolean;
  pageKey: string;
}) {
  const { page, more, showMore } = useNewestFirst(finished, pageKey);
  return (
    <Card aria-labelledby="conversations-heading" id="conversations">
      <h2 id="conversations-heading" className="font-semibold">
        Your conversations <span className="font-normal text-slate-500">({finished.length})</span>
      </h2>
      {!any ? (
        <p className="mt-2 text-sm text-slate-600">
          No finished conversations yet. A conversation appears here, with its debrief, once you reach its end.
        </p>
      ) : finished.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No conversations match these filters.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100" aria-label="Conversations">
          {page.map((s) => (
            <ConversationRowView key={s.id} s={s} title={titles.get(s.scenarioId)} lowPressure={lowPressure} />
          ))}
        </ul>
      )}
      <ShowMore more={more} onClick={showMore} />
    </Card>
  );
}

function ConversationRowView({ s, title, lowPressure }: { s: SessionSummary; title?: string; lowPressure: boolean }) {
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-800">
          {title ?? `${s.scenarioId} (not in this library)`}
        </p>
        <p className="text-xs text-slate-500">
          {formatDateTime(s.finishedAt)} · {replies(s.attemptIds.length)}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        {!lowPressure && (
          <span className="text-lg font-semibold text-indigo-900" aria-label={`overall ${s.overall} out of 100`}>
            {s.overall}
          </span>
        )}
        <Link
          to={`/conversations/${encodeURIComponent(s.id)}`}
          className="text-sm font-medium text-indigo-700 hover:underline"
        >
          Open conversation
        </Link>
      </div>
    </li>
  );
}

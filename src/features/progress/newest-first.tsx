import { useState } from 'react';
import { Button } from '../../ui/button';

const PAGE = 25;

/**
 * A list's items newest first, a page at a time, for the conversation and reply lists. A change of filter (a
 * new `pageKey`) starts the list again at its first page.
 */
export function useNewestFirst<T>(items: readonly T[], pageKey: string) {
  const [paging, setPaging] = useState({ pageKey, shown: PAGE });
  const shown = paging.pageKey === pageKey ? paging.shown : PAGE;
  return {
    page: items.slice(-shown).reverse(),
    more: Math.max(0, Math.min(PAGE, items.length - shown)),
    showMore: () => setPaging({ pageKey, shown: shown + PAGE }),
  };
}

/** "Show 25 more", while there are more. */
export function ShowMore({ more, onClick }: { more: number; onClick: () => void }) {
  if (more === 0) return null;
  return (
    <Button variant="secondary" className="mt-3" onClick={onClick}>
      Show {more} more
    </Button>
  );
}

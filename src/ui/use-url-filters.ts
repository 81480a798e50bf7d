import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address (so a filtered view can be bookmarked and survives a reload):
 * `filters[key]` is '' when unset; `setFilter(key, '')` removes it; `clear()` removes them all.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): { filters: Record<K, string>; setFilter: (key: K, value: string) => void; clear: () => void } {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const setFilter = (key: K, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  return { filters, setFilter, clear: () => setParams({}, { replace: true }) };
}

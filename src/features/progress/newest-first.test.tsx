import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNewestFirst } from './newest-first';

const items = Array.from({ length: 60 }, (_, i) => i);

describe('a list newest first, a page at a time', () => {
  it('shows the newest 25, then 25 more, then the last 10, and starts again when the filter changes', () => {
    const { result, rerender } = renderHook(({ key }) => useNewestFirst(items, key), { initialProps: { key: 'a' } });
    expect(result.current.page.slice(0, 2)).toEqual([59, 58]);
    expect(result.current.page).toHaveLength(25);
    expect(result.current.more).toBe(25);
    act(() => result.current.showMore());
    act(() => result.current.showMore());
    expect(result.current.page).toHaveLength(60);
    expect(result.current.page.at(-1)).toBe(0);
    expect(result.current.more).toBe(0);
    rerender({ key: 'b' });
    expect(result.current.page).toHaveLength(25);
  });
});

import { expect, it } from 'vitest';
import { countOf } from './count';

it('counts in the singular only for one', () => {
  expect(countOf(1, 'reply', 'replies')).toBe('1 reply');
  expect(countOf(3, 'reply', 'replies')).toBe('3 replies');
  expect(countOf(0, 'conversation')).toBe('0 conversations');
});

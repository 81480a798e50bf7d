/**
 * Quote matching at its edges: the span a quote gets must be the learner's exact words, whatever the
 * quote's wrapping, invisible characters or letters that change length when their case changes.
 */
import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';

const reply = 'So the night shift had seen three systems fail. What won them over?';

describe('findQuote edges', () => {
  it('strips the spaces left inside the quote marks a model wraps around a quote', () => {
    expect(findQuote(reply, '" So the night shift "')).toEqual({ start: 0, end: 18 });
  });

  it('prefers the exact occurrence over an earlier one that only matches loosely', () => {
    const said = 'HELLO again, and hello';
    expect(findQuote(said, 'hello')).toEqual({ start: 17, end: 22 });
  });

  it('keeps an exact quote’s own invisible characters in its span, at the very start too', () => {
    const said = 'So\u200b there you are.';
    expect(findQuote(said, 'So\u200b')).toEqual({ start: 0, end: 3 });
  });

  it('keeps the reply’s opening space when the quote begins with one behind an invisible character', () => {
    const said = ' Hello there';
    expect(findQuote(said, '\u200b hello there')).toEqual({ start: 0, end: 12 });
  });

  it('ignores invisible characters inside a quote that only matches loosely', () => {
    expect(findQuote(reply, 'THE NIGHT\u200b SHIFT')).toEqual({ start: 3, end: 18 });
  });

  it('straightens every curly apostrophe in a quote, not only the first', () => {
    const said = "It's fine, don't worry.";
    expect(findQuote(said, 'It’s fine, don’t')).toEqual({ start: 0, end: 16 });
  });

  it('gives the exact span after a letter whose capital is two letters (ß)', () => {
    const said = 'Die Straße und der Weg';
    const at = findQuote(said, 'UND DER WEG');
    expect(at).toEqual({ start: 11, end: 22 });
    expect(said.slice(at!.start, at!.end)).toBe('und der Weg');
  });
});

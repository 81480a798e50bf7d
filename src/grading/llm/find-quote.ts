/**
 * Finds a quote in the reply the way a careful reader would: exactly, or ignoring case, runs of
 * white space, curly quotes and invisible characters. Returns the span in the original reply, or
 * null when the reply does not contain it (the quote was made up).
 */
export function findQuote(reply: string, quote: string): { start: number; end: number } | null {
  const q = quote
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
  if (q.length < 2) return null;
  const exact = reply.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  // Normalise both sides, keeping a map from normalised positions back to the original.
  const map: number[] = [];
  let norm = '';
  let lastSpace = false;
  for (let i = 0; i < reply.length; i++) {
    let ch = reply[i]!;
    if (/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      ch = ' ';
      lastSpace = true;
    } else lastSpace = false;
    norm += normaliseChar(ch);
    map.push(i);
  }
  const nq = q
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .split('')
    .map(normaliseChar)
    .join('');
  const at = norm.indexOf(nq);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + nq.length - 1]! + 1 };
}

function normaliseChar(ch: string): string {
  return ch.replace(/[’‘]/, "'").replace(/[“”]/, '"').toLowerCase();
}

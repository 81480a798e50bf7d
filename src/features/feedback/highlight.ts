import type { Evidence } from '../../grading/grade.schema';

export interface Segment {
  text: string;
  polarity: Evidence['polarity'] | null;
  checks: string[];
}

/**
 * Cuts a reply into plain and highlighted segments from (possibly overlapping) evidence spans.
 * Where spans overlap, "undermines" wins, so a problem is never hidden under praise.
 */
export function segmentReply(reply: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .map((e) => ({ ...e, start: clamp(e.start, reply.length), end: clamp(e.end, reply.length) }))
    .filter((e) => e.end > e.start);
  const cuts = new Set([0, reply.length]);
  for (const e of spans) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((e) => e.start <= start && e.end >= end);
    const polarity = covering.some((e) => e.polarity === 'undermines')
      ? 'undermines'
      : covering.length
        ? 'supports'
        : null;
    const checks = [...new Set(covering.map((e) => e.check))];
    const prev = segments.at(-1);
    if (prev && prev.polarity === polarity && prev.checks.join() === checks.join())
      prev.text += reply.slice(start, end);
    else segments.push({ text: reply.slice(start, end), polarity, checks });
  }
  return mergeAcrossSpaces(segments);
}

/** "night" + " " + "shift" with the same marking reads better as one mark: "night shift". */
function mergeAcrossSpaces(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const prev = out.at(-1);
    const next = segments[i + 1];
    if (prev?.polarity && s.polarity === null && /^\s+$/.test(s.text) && next && same(prev, next)) {
      prev.text += s.text + next.text;
      i += 1;
    } else out.push({ ...s });
  }
  return out;
}

const same = (a: Segment, b: Segment) => a.polarity === b.polarity && a.checks.join() === b.checks.join();

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}

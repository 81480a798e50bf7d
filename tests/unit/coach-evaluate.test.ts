import { describe, expect, it } from 'vitest';
import { evaluateCoach, orderedPairs } from '../../cli/coach-evaluate';
import { drops, generatedBlock, renderFigures, replaceGenerated, trackedFigures } from '../../cli/eval-baseline';
import { quadraticKappa, spearman } from '../../cli/metrics';
import type { GradeOutcome, GradeRequest } from '../../src/grading/grade.schema';

describe('coach agreement metrics', () => {
  it('quadratic kappa is 1 for perfect agreement, below 0 for reversed levels, and punishes far misses more', () => {
    expect(
      quadraticKappa([
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
      ]),
    ).toBeCloseTo(1);
    expect(
      quadraticKappa([
        [0, 4],
        [1, 3],
        [3, 1],
        [4, 0],
      ]),
    ).toBeLessThan(0);
    const near = quadraticKappa([
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    const far = quadraticKappa([
      [0, 3],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(near).toBeGreaterThan(far);
  });

  it('spearman ranks with ties', () => {
    expect(
      spearman([
        [1, 10],
        [2, 20],
        [3, 30],
      ]),
    ).toBeCloseTo(1);
    expect(
      spearman([
        [1, 30],
        [2, 20],
        [3, 10],
      ]),
    ).toBeCloseTo(-1);
    expect(
      spearman([
        [1, 5],
        [1, 5],
        [2, 6],
      ]),
    ).toBeCloseTo(1);
  });

  it('counts only clear pairs inside a family, and a tie is not an order', () => {
    const items = [
      { family: 'A', coach: 4, grader: 3 },
      { family: 'A', coach: 1, grader: 3 }, // tie with the first: wrong
      { family: 'A', coach: 0, grader: 0 }, // right against the first, right against the second? coach 1 vs 0 is not clear
      { family: 'B', coach: 0, grader: 4 }, // another family: never paired with A
    ];
    expect(orderedPairs(items)).toEqual({ right: 1, pairs: 2, share: 0.5 });
  });
});

const row = (id: string, family: string, reply: string, levels: Record<string, number>) => ({
  id,
  family,
  theme: 'listening_to_a_colleague',
  context: 'The audit moved to Monday and I have not started.',
  reply,
  levels,
});

describe('evaluateCoach', () => {
  const rows = [
    row('1', 'F', 'good', { active_listening: 4, clarity: 4, open_questions: 0, charm: 3 }),
    row('2', 'F', 'poor', { active_listening: 0, clarity: 4, open_questions: 0, charm: 0 }),
    row('3', 'F', 'broken', { active_listening: 2, clarity: 2, open_questions: 0, charm: 2 }),
  ];
  // A stand-in grader: level 4 for "good", 0 for "poor", a failure for "broken".
  const grade = (r: GradeRequest): GradeOutcome =>
    r.reply === 'broken'
      ? { kind: 'grader-failed', reason: 'timeout' }
      : {
          kind: 'graded',
          grade: {
            overall: r.reply === 'good' ? 90 : 10,
            criteria: r.criteria.map((id) => ({
              id,
              level: r.reply === 'good' ? 4 : id === 'clarity' ? 4 : 0,
              checks: [],
              evidence: [],
              rationale: '',
              suggestion: { text: '' },
            })),
            flags: [],
            engine: { name: 'embedded', version: 't', rubric_version: 't' },
          },
        };

  it('grades only criteria the rubric knows, never counts a failure as a level, and reports the issue shape', async () => {
    const report = await evaluateCoach(rows, grade);
    expect(report.failed).toBe(1);
    expect(report.coach.active_listening).toMatchObject({
      items: 2,
      qwk: 1,
      exact: 1,
      ordering: { right: 1, pairs: 1 },
    });
    expect(report.coach.open_questions).toMatchObject({ items: 2 });
    expect(report.coach.charm).toEqual({ not_graded: 3 });
    expect(report.coach.overall_spearman).toBeCloseTo(1);
    expect(report.coach.ordering).toEqual({ right: 1, pairs: 1, share: 1 });
  });

  it('names the line and field of a malformed row', async () => {
    await expect(evaluateCoach([{ id: 'x', family: 'F' }], grade)).rejects.toThrow(/line 1: theme/);
  });
});

describe('the evaluation gate', () => {
  const report = {
    coach: {
      active_listening: { qwk: 0.5, exact: 0.4, within_one: 0.9, ordering: { share: 0.7 } },
      charm: { not_graded: 3 },
      overall_spearman: 0.6,
      ordering: { share: 0.7 },
    },
  };

  it('tracks per-criterion figures and the overall ones', () => {
    expect(trackedFigures('coach', report)).toEqual({
      'coach.active_listening.qwk': 0.5,
      'coach.active_listening.exact': 0.4,
      'coach.active_listening.within_one': 0.9,
      'coach.active_listening.ordering.share': 0.7,
      'coach.overall_spearman': 0.6,
      'coach.ordering.share': 0.7,
    });
  });

  it('fails a drop beyond the tolerance or a vanished figure, and lets noise and rises pass', () => {
    const base = { coach: { a: 0.5, b: 0.5, c: 0.5 } };
    expect(drops(base, { coach: { a: 0.497, b: 0.9 } }).map((d) => d.figure)).toEqual(['c']);
    expect(drops(base, { coach: { a: 0.49, b: 0.5, c: 0.5 } }).map((d) => d.figure)).toEqual(['a']);
  });

  it('renders the figures into the marked block of a document and reads them back', () => {
    const doc =
      'intro\n<!-- eval:begin (generated by `npm run eval -- --update-baseline`; do not edit) -->\nold\n<!-- eval:end -->\nrest';
    const block = renderFigures({ coach: { 'coach.overall_spearman': 0.6 } }, { coach: 'coach/x.jsonl' });
    const next = replaceGenerated(doc, block);
    expect(generatedBlock(next)).toBe(block);
    expect(next).toMatch(/^intro/);
    expect(next).toMatch(/rest$/);
    expect(() => replaceGenerated('no markers', block)).toThrow(/missing the markers/);
  });
});

import { describe, expect, it } from 'vitest';
import { fitCriterion, fitCuts, ridge, type Example } from '../../cli/fit-lib';

// Made-up examples: the level follows a rewarded check ('clarity/has_content'); 'words' only grows with padding.
const examples: Example[] = Array.from({ length: 60 }, (_, i) => {
  const good = i % 5;
  return { family: `F${i % 12}`, x: { 'clarity/has_content': good, words: (i * 7) % 11 }, y: Math.min(4, good) };
});

describe('fitting the levels', () => {
  it('recovers a level that follows a rewarded feature', () => {
    const m = ridge(examples, ['clarity/has_content'], 1, 'clarity');
    expect(m.weights[0]).toBeGreaterThan(1);
  });

  it('never lets a feature that padding grows raise a level', () => {
    // Here more words go with higher levels, yet the weight stays at most zero.
    const padded = examples.map((e) => ({ ...e, x: { ...e.x, words: e.y * 3 } }));
    const m = ridge(padded, ['words'], 1, 'clarity');
    expect(m.weights[0]).toBeLessThanOrEqual(0);
  });

  it('places cut points in order, so a higher score never gets a lower level', () => {
    const cuts = fitCuts(examples.map((e) => [e.y + 0.1, e.y]));
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts);
    expect(cuts.filter((c) => 2.1 >= c)).toHaveLength(2);
  });

  it('cross-validates by family and reports agreement', () => {
    const fit = fitCriterion('clarity', examples, ['clarity/has_content', 'words']);
    expect(fit.cv_qwk).toBeGreaterThan(0.9);
    expect(fit.model.cuts).toHaveLength(4);
  });
});

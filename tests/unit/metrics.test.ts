import { describe, expect, it } from 'vitest';
import { auc, binary, expertAgreement, majority, multiclass, parseExpertCodes } from '../../cli/metrics';

describe('evaluation metrics', () => {
  it('computes precision, recall and F1 of the positive class', () => {
    // 2 true positives, 1 false positive, 1 false negative.
    const b = binary([
      [true, true],
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ]);
    expect(b).toEqual({ precision: 0.667, recall: 0.667, f1: 0.667, support: 3 });
  });

  it('averages F1 over the labels for macro-F1', () => {
    const m = multiclass(
      [
        ['open', 'open'],
        ['closed', 'open'],
        ['none', 'none'],
      ],
      ['open', 'closed', 'none'],
    );
    // open 0.667, closed 0, none 1.
    expect(m.macro_f1).toBe(0.556);
  });

  it('counts ties as half in the AUC', () => {
    expect(
      auc([
        [true, 2],
        [false, 1],
      ]),
    ).toBe(1);
    expect(
      auc([
        [true, 1],
        [false, 1],
      ]),
    ).toBe(0.5);
  });

  it('takes the most frequent label, the first seen on a tie', () => {
    expect(majority(['a', 'b', 'b'])).toBe('b');
    expect(majority(['a', 'b'])).toBe('a');
  });
});

describe('agreement with several experts', () => {
  const csv = [
    'id,item_id,annotator_id,question',
    ...['x', 'y', 'z'].flatMap((item, i) =>
      ['0', '1', '2'].map((a) => `r,${item},${a},${i === 2 && a === '2' ? 'closed' : ['open', 'none', 'closed'][i]}`),
    ),
  ].join('\n');

  it('refuses a file without the needed columns, naming them', () => {
    expect(() => parseExpertCodes('id,item\n1,2', ['question'])).toThrow(
      'missing columns item_id, annotator_id, question',
    );
  });

  it('scores each expert, and the grader, against the majority of the other experts', () => {
    const codes = parseExpertCodes(csv, ['question']);
    const grader = new Map([
      ['x', 'open'],
      ['y', 'none'],
      ['z', 'open'], // wrong: the experts say closed
      ['not-coded', 'open'],
    ]);
    const result = expertAgreement(codes, grader, {
      question: { kind: 'multiclass', labels: ['open', 'closed', 'none'], human: (c) => c.question!, grader: (f) => f },
    });
    expect(result).toMatchObject({ items: 3, experts: 3, question: { expert: 1, grader: 0.556 } });
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate, type Row } from '../../cli/evaluate';

// Made-up rows in the two formats: the real data stays outside the project.
const annomi = (
  id: string,
  conversation: string,
  quality: string,
  text: string,
  question: string,
  reflection: string,
): Row => ({
  id,
  conversation_id: conversation,
  mi_quality: quality,
  annotator_id: id.endsWith('a') ? 'A' : 'B',
  context: 'I have been drinking more since the move.',
  text,
  question,
  reflection,
});
const annomiRows = [
  annomi('1a', 'c1', 'high', 'What changed after the move?', 'open', 'none'),
  annomi('2a', 'c1', 'high', 'So the move made the evenings harder.', 'none', 'simple'),
  annomi('3b', 'c2', 'low', 'Do you drink every day?', 'closed', 'none'),
  annomi('4b', 'c2', 'low', 'You should stop drinking at home.', 'none', 'none'),
];

describe('npm run eval', () => {
  it('reports the AnnoMI measures the issue names, per annotator too', () => {
    const { format, report } = evaluate(annomiRows);
    expect(format).toBe('annomi');
    expect(report).toMatchObject({
      items: 4,
      question_present: { f1: 1 },
      question: { macro_f1: 1, labels: { open: { f1: 1 }, closed: { f1: 1 }, none: { f1: 1 } } },
      reflection_present: { f1: 1 },
      conversation_listening_auc: 1,
    });
    expect(Object.keys((report.question as { by_annotator: object }).by_annotator)).toEqual(['A', 'B']);
  });

  it('reports ESConv question and listening presence, a question being what the message chiefly does', () => {
    const rows: Row[] = [
      {
        strategy: 'Question',
        is_question: true,
        active_listening: 'none',
        context: 'I lost my job.',
        text: 'Oh no. What happened?',
      },
      {
        strategy: 'Affirmation and Reassurance',
        is_question: false,
        active_listening: 'none',
        context: 'I lost my job.',
        text: "I'm so sorry, losing a job is one of the hardest things and you will find your feet again. Okay?",
      },
      {
        strategy: 'Reflection of feelings',
        is_question: false,
        active_listening: 'reflection_of_feelings',
        context: 'I lost my job.',
        text: 'It sounds like you feel lost without it.',
      },
    ];
    const { format, report } = evaluate(rows);
    expect(format).toBe('esconv');
    expect(report).toMatchObject({ question_present: { f1: 1 }, listening_present: { f1: 1 } });
    expect(report).not.toHaveProperty('question');
  });

  it('refuses data it cannot read, and experts with a file that is not AnnoMI', () => {
    expect(() => evaluate([{ text: 'hi' }])).toThrow('unknown format');
    expect(() => evaluate([{ text: 'hi', strategy: 'Question' }], { expertsCsv: 'item_id' })).toThrow(
      '--experts goes with an AnnoMI file',
    );
  });

  it('scores the grader and each expert against the other experts on the same items', () => {
    const csv = [
      'item_id,annotator_id,question,reflection',
      '1a,x,open,none',
      '1a,y,open,none',
      '3b,x,closed,none',
      '3b,y,closed,none',
    ].join('\n');
    const { report } = evaluate(annomiRows, { expertsCsv: csv });
    expect(report.experts).toMatchObject({ items: 2, experts: 2 });
    // Finite numbers in [0, 1]: expect.any(Number) would accept NaN.
    const experts = report.experts as { question: { macro_f1: Record<string, number> } };
    expect(Object.keys(experts.question.macro_f1).sort()).toEqual(['expert', 'grader']);
    for (const f1 of Object.values(experts.question.macro_f1)) {
      expect(Number.isFinite(f1)).toBe(true);
      expect(f1).toBeGreaterThanOrEqual(0);
      expect(f1).toBeLessThanOrEqual(1);
    }
  });
});

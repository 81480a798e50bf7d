import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../storage/history.schema';
import { bucketise, graderChanges } from './buckets';

const summary = (id: string, grader: string | undefined, rubric = '2026-11-29.1'): AttemptSummary => ({
  id,
  sessionId: 's',
  scenarioId: 'x',
  beatId: 'b',
  createdAt: `2026-11-2${id}T10:00:00.000Z`,
  overall: 50,
  levels: { clarity: 2 },
  engine: 'embedded',
  rubric,
  ...(grader === undefined ? {} : { grader }),
  replyPreview: '',
});

describe('where the chart marks a change of grader', () => {
  it('marks a new engine version even when the engine and rubric are the same', () => {
    const buckets = bucketise(
      [summary('1', 'embedded 0.3.0'), summary('2', 'embedded 0.3.0'), summary('3', 'embedded 0.4.0')],
      'reply',
    );
    expect(graderChanges(buckets)).toEqual([2]);
  });

  it('marks a new rubric, and a summary from before grader labels against a labelled one', () => {
    const buckets = bucketise(
      [summary('1', undefined), summary('2', 'embedded 0.4.0'), summary('3', 'embedded 0.4.0', '2026-12-01.1')],
      'reply',
    );
    expect(graderChanges(buckets)).toEqual([1, 2]);
  });
});

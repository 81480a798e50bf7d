import { describe, expect, it } from 'vitest';
import { anAttempt } from '../test/builders';
import { Attempt, AttemptSummary, engineKey, engineLabel, SessionSummary } from './history.schema';

const session: SessionSummary = {
  id: 's1',
  scenarioId: 'networking-industry-event',
  scenarioVersion: 1,
  startedAt: '2026-11-20T09:59:00.000Z',
  finishedAt: '2026-11-20T10:05:00.000Z',
  attemptIds: ['s1:1'],
  overall: 60,
};

const summary: AttemptSummary = {
  id: 's1:1',
  sessionId: 's1',
  scenarioId: 'networking-industry-event',
  beatId: 'opening',
  createdAt: '2026-11-20T10:00:00.000Z',
  overall: 58,
  levels: { clarity: 3 },
  engine: 'embedded',
  rubric: '1.0.0',
  replyPreview: 'Hello',
};

describe('a stored attempt', () => {
  it('keeps what the grade request held, so a regrade asks the same question', () => {
    const gradedWith = {
      criteria: ['active_listening', 'clarity'],
      weights: { clarity: 2, active_listening: 0 },
      earlier: ['That was my mistake.'],
    };
    expect(Attempt.parse(anAttempt({ scenarioVersion: 3, gradedWith } as Partial<Attempt>)).gradedWith).toEqual(
      gradedWith,
    );
  });

  it.each([
    ['a scenario version below 1', { scenarioVersion: 0 }],
    ['a grade request without criteria', { gradedWith: { criteria: [] } }],
    ['a negative weight', { gradedWith: { criteria: ['clarity'], weights: { clarity: -1 } } }],
  ])('does not parse with %s', (_, over) => {
    expect(Attempt.safeParse({ ...anAttempt(), ...over }).success).toBe(false);
  });
});

describe('a finished conversation', () => {
  it('parses with a later scenario version and a listening score within 0-100', () => {
    expect(SessionSummary.parse({ ...session, scenarioVersion: 4, listening: 55 })).toMatchObject({
      scenarioVersion: 4,
      listening: 55,
    });
    expect(SessionSummary.parse({ ...session, listening: 100 }).listening).toBe(100);
  });

  it.each([
    ['scenario version 0', { scenarioVersion: 0 }],
    ['a listening score over 100', { listening: 101 }],
    ['a negative listening score', { listening: -1 }],
  ])('does not parse with %s', (_, over) => {
    expect(SessionSummary.safeParse({ ...session, ...over }).success).toBe(false);
  });
});

describe("an attempt's summary", () => {
  it('keeps a self-assessment gap between 0 and 4', () => {
    expect(AttemptSummary.parse({ ...summary, selfGap: 1.5 }).selfGap).toBe(1.5);
    expect(AttemptSummary.parse({ ...summary, selfGap: 4 }).selfGap).toBe(4);
    expect(AttemptSummary.safeParse({ ...summary, selfGap: 4.5 }).success).toBe(false);
    expect(AttemptSummary.safeParse({ ...summary, selfGap: -0.5 }).success).toBe(false);
  });
});

describe('naming a grader', () => {
  it('keys the embedded grader by name and a language model by its model', () => {
    expect(engineKey({ name: 'embedded' })).toBe('embedded');
    expect(engineKey({ name: 'llm', model: 'gpt-4o-mini' })).toBe('llm:gpt-4o-mini');
    expect(engineKey({ name: 'llm' })).toBe('llm:');
    expect(engineKey({ name: 'fallback', model: 'ignored' })).toBe('fallback');
  });

  it('names it for the learner, from a grade’s engine or from its key', () => {
    expect(engineLabel({ name: 'embedded' })).toBe('the on-device grader');
    expect(engineLabel('embedded')).toBe('the on-device grader');
    expect(engineLabel({ name: 'llm', model: 'llama3.1' })).toBe('llama3.1');
    expect(engineLabel('llm:llama3.1')).toBe('llama3.1');
    expect(engineLabel('llm:')).toBe('a language model');
    expect(engineLabel({ name: 'llm' })).toBe('a language model');
    expect(engineLabel('fallback')).toBe('fallback');
    expect(engineLabel({ name: 'old-engine', model: 'x' })).toBe('old-engine');
    // A key that merely ends like one is not a language model's.
    expect(engineLabel('my-llm:')).toBe('my-llm:');
  });
});

import { describe, expect, it } from 'vitest';
import { aGrade } from '../test/builders';
import { withFallback } from './fallback-grader';
import type { Grader, GradeOutcome, GradeRequest } from './grade.schema';

const request: GradeRequest = { reply: 'What happened next?', context: 'It went badly.', criteria: ['open_questions'] };

/** A grader that always answers `outcome`, counting its calls. */
function fixed(name: Grader['name'], outcome: GradeOutcome) {
  const calls: GradeRequest[] = [];
  const grader: Grader = { name, grade: async (r) => (calls.push(r), outcome) };
  return { grader, calls };
}

const failed: GradeOutcome = { kind: 'grader-failed', reason: 'The API key was refused (401).' };

describe('withFallback', () => {
  it('keeps the primary grade as it is and never asks the fallback', async () => {
    const primary = fixed('llm', { kind: 'graded', grade: aGrade({ open_questions: 4 }) });
    const fallback = fixed('embedded', { kind: 'graded', grade: aGrade({ open_questions: 1 }) });
    const outcome = await withFallback(primary.grader, fallback.grader).grade(request);
    expect(outcome).toEqual({ kind: 'graded', grade: aGrade({ open_questions: 4 }) });
    expect(fallback.calls).toHaveLength(0);
  });

  it('passes an invalid input through: nothing to grade is not a grader failure', async () => {
    const invalid: GradeOutcome = { kind: 'invalid-input', reason: 'The reply is empty.' };
    const fallback = fixed('embedded', { kind: 'graded', grade: aGrade({}) });
    const outcome = await withFallback(fixed('llm', invalid).grader, fallback.grader).grade(request);
    expect(outcome).toEqual(invalid);
    expect(fallback.calls).toHaveLength(0);
  });

  it('gives the primary failure when the fallback fails too, never a grade', async () => {
    const fallback = fixed('embedded', { kind: 'grader-failed', reason: 'The grading worker stopped.' });
    const outcome = await withFallback(fixed('llm', failed).grader, fallback.grader).grade(request);
    expect(outcome).toEqual(failed);
    expect(fallback.calls).toEqual([request]);
  });

  it('marks the fallback grade with the flag and the primary reason', async () => {
    const fallback = fixed('embedded', { kind: 'graded', grade: aGrade({ open_questions: 2 }) });
    const outcome = await withFallback(fixed('llm', failed).grader, fallback.grader).grade(request);
    if (outcome.kind !== 'graded') throw new Error(outcome.kind);
    expect(outcome.grade.overall).toBe(aGrade({ open_questions: 2 }).overall);
    expect(outcome.grade.flags).toEqual([...aGrade({ open_questions: 2 }).flags, 'llm-failed']);
    expect(outcome.grade.notice).toContain('The API key was refused (401).');
  });
});

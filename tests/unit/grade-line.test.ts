import { describe, expect, it } from 'vitest';
import { gradeLine } from '../../cli/grade-line';
import { inThreadEmbeddedGrader } from '../../src/grading/embedded/embedded-grader.service';
import type { Grader } from '../../src/grading/grade.schema';

const context = 'We finally shipped the pilot, but the night shift still does not trust it.';
const reply = 'So the night shift is the hard part. What would win them over?';

describe('npm run grade, one JSON line per input', () => {
  it('grades the core criteria by default, with evidence inside the reply and the engine named', async () => {
    const line = await gradeLine(inThreadEmbeddedGrader, { id: 7, context, reply });
    expect(line).toMatchObject({
      id: '7',
      outcome: 'graded',
      engine: { name: 'embedded', version: expect.any(String), rubric_version: expect.any(String) },
      flags: [],
    });
    expect(line.overall).toBeGreaterThanOrEqual(0);
    expect(line.overall).toBeLessThanOrEqual(100);
    const criteria = line.criteria as {
      id: string;
      level: number;
      evidence: { start: number; end: number; text: string }[];
    }[];
    expect(criteria.map((c) => c.id)).toEqual(['active_listening', 'clarity', 'open_questions']);
    for (const c of criteria) {
      expect(c.level).toBeGreaterThanOrEqual(0);
      expect(c.level).toBeLessThanOrEqual(4);
      for (const e of c.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    }
    expect(Object.keys(criteria[0]!)).toEqual(['id', 'level', 'checks', 'evidence', 'rationale', 'suggestion']);
  });

  it("grades a scenario's own criteria, or the criteria asked for", async () => {
    const scenario = await gradeLine(inThreadEmbeddedGrader, {
      id: 'a',
      context,
      reply,
      scenario: 'feedback-missed-deadline',
    });
    expect((scenario.criteria as { id: string }[]).map((c) => c.id)).toContain('specific_feedback');
    const asked = await gradeLine(inThreadEmbeddedGrader, { id: 'b', context, reply, criteria: 'clarity' });
    expect((asked.criteria as { id: string }[]).map((c) => c.id)).toEqual(['clarity']);
  });

  it('takes the earlier replies of the conversation, so what was owned once carries over', async () => {
    const later = {
      id: 'c',
      context: 'How big is it?',
      reply: "I'll send the fixed slide by 3pm.",
      criteria: 'accountability',
    };
    const level = (line: Record<string, unknown>) => (line.criteria as { level: number }[])[0]!.level;
    const alone = await gradeLine(inThreadEmbeddedGrader, later);
    const after = await gradeLine(inThreadEmbeddedGrader, { ...later, earlier: ["That was my mistake. I'm sorry."] });
    expect(level(after)).toBeGreaterThan(level(alone));
  });

  it('says invalid-input, never a score, for an empty reply, a missing field, an unknown scenario or criterion', async () => {
    for (const input of [
      { id: 1, context, reply: '   ' },
      { id: 2, context },
      { id: 3, context, reply, scenario: 'no-such-scenario' },
      { id: 4, context, reply, criteria: 'charm' },
    ]) {
      const line = await gradeLine(inThreadEmbeddedGrader, input);
      expect(line).toMatchObject({ outcome: 'invalid-input', reason: expect.any(String) });
      expect(line).not.toHaveProperty('overall');
    }
    expect(
      (await gradeLine(inThreadEmbeddedGrader, { id: 3, context, reply, scenario: 'no-such-scenario' })).reason,
    ).toMatch('no-such-scenario');
    expect(
      (await gradeLine(inThreadEmbeddedGrader, { id: 4, context, reply, criteria: 'clarity,charm' })).reason,
    ).toMatch(/criteria\.1: .*expected one of/);
  });

  it('passes a grader failure on as grader-failed, with its reason', async () => {
    const failing: Grader = {
      name: 'llm',
      grade: async () => ({ kind: 'grader-failed', reason: 'The endpoint timed out.' }),
    };
    expect(await gradeLine(failing, { id: 'x', context, reply })).toEqual({
      id: 'x',
      outcome: 'grader-failed',
      reason: 'The endpoint timed out.',
    });
  });
});

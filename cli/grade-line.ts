/**
 * One line of `npm run grade`: an input `{ id, context, reply, scenario?, criteria? }` in, the
 * JSON line the issue specifies out. The grader is passed in, so tests can give it any grader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Grader, GradeOutcome, GradeRequest } from '../src/grading/grade.schema';
import { CriterionId } from '../src/grading/rubric';
import { parseScenarioText } from '../src/scenario/parse-scenario-file';
import { gradeRequest } from '../src/scenario/grade-request';
import type { Scenario } from '../src/scenario/scenario.schema';

const Input = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  context: z.string(),
  reply: z.string(),
  scenario: z.string().optional(),
  /** The learner's replies at earlier moments of the same conversation, oldest first (optional). */
  earlier: z.array(z.string()).optional(),
  // A list, or "a,b" from the command line; an unknown id is an issue of the input, not a crash.
  criteria: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').map((c) => c.trim()) : v), z.array(CriterionId))
    .optional(),
});

const scenarios = new Map<string, Scenario>();
function scenario(id: string): Scenario {
  let s = scenarios.get(id);
  if (!s) {
    const file = join('scenarios', `${id}.yaml`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`unknown scenario "${id}" (no ${file})`);
    }
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) throw new Error(`${file} is not a valid scenario`);
    s = parsed.scenario;
    scenarios.set(id, s);
  }
  return s;
}

/** Without a beat, a scenario's criteria are those graded at any of its beats (the app's one builder). */
function requestFor(input: z.infer<typeof Input>): GradeRequest {
  const s = input.scenario ? scenario(input.scenario) : undefined;
  return gradeRequest(s, undefined, {
    reply: input.reply,
    context: input.context,
    earlier: input.earlier,
    criteria: input.criteria?.length ? input.criteria : undefined,
  });
}

export type Line = Record<string, unknown>;

export async function gradeLine(grader: Grader, raw: unknown): Promise<Line> {
  const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  const parsed = Input.safeParse(raw);
  if (!parsed.success)
    return {
      id,
      outcome: 'invalid-input',
      reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
    };
  let request: GradeRequest;
  try {
    request = requestFor(parsed.data);
  } catch (err) {
    return { id, outcome: 'invalid-input', reason: (err as Error).message };
  }
  const outcome: GradeOutcome = await grader.grade(request);
  if (outcome.kind !== 'graded') return { id, outcome: outcome.kind, reason: outcome.reason };
  const g = outcome.grade;
  return {
    id,
    outcome: 'graded',
    overall: g.overall,
    criteria: g.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      checks: c.checks,
      evidence: c.evidence.map(({ start, end, text, polarity }) => ({ start, end, text, polarity })),
      rationale: c.rationale,
      suggestion: c.suggestion,
    })),
    flags: g.flags,
    engine: g.engine,
  };
}

import { z } from 'zod';
import { CriterionId } from '../rubric';

/**
 * What the model must return. Evidence, checks and rationale come before the level, so the model
 * reasons before it scores. Nullable rather than optional, as strict structured output requires.
 */
export const LlmCriterionOutput = z
  .object({
    id: CriterionId,
    evidence: z.array(z.object({ quote: z.string(), polarity: z.enum(['supports', 'undermines']) }).strict()),
    checks: z.array(z.object({ id: z.string(), met: z.boolean(), quote: z.string().nullable() }).strict()),
    rationale: z.string(),
    level: z.number().int().min(0).max(4),
    suggestion: z.string(),
  })
  .strict();

export const LlmGradeOutput = z
  .object({
    criteria: z.array(LlmCriterionOutput),
    addressed_to_grader: z.boolean(),
    better_version: z.string(),
  })
  .strict();
export type LlmGradeOutput = z.infer<typeof LlmGradeOutput>;

/** The JSON Schema sent as the response format. */
export function outputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LlmGradeOutput, { target: 'draft-7' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

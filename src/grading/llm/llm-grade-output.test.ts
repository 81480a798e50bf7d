import { describe, expect, it } from 'vitest';
import { LlmError } from './llm-error';
import { outputJsonSchema } from './llm-grade-output';

describe('the response format', () => {
  it('is a strict JSON Schema of the grade, without the $schema key strict endpoints refuse', () => {
    const schema = outputJsonSchema();
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toMatchObject({
      type: 'object',
      required: ['criteria', 'addressed_to_grader', 'better_version'],
      additionalProperties: false,
    });
  });
});

it('an LLM failure is named as such, with its kind', () => {
  const err = new LlmError('rate-limited', 'Slow down.', 2000);
  expect(err).toBeInstanceOf(Error);
  expect(err).toMatchObject({ name: 'LlmError', kind: 'rate-limited', message: 'Slow down.', retryAfterMs: 2000 });
});

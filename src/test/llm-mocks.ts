import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { CriterionId } from '../grading/rubric';
import { RUBRIC } from '../grading/rubric';

/** An OpenAI chat completion whose message content is `content` (an object is JSON-encoded). */
export function chatCompletion(content: unknown, extra: { refusal?: string | null } = {}) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [
      {
        index: 0,
        finish_reason: 'stop',
        logprobs: null,
        message: {
          role: 'assistant',
          content: typeof content === 'string' ? content : JSON.stringify(content),
          refusal: extra.refusal ?? null,
        },
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
  };
}

/** A well-formed grade from the model for `reply`, quoting `quote` as evidence at every criterion. */
export function modelGrade(criteria: CriterionId[], quote: string, level = 3, overrides: Record<string, unknown> = {}) {
  return {
    criteria: criteria.map((id) => ({
      id,
      evidence: [{ quote, polarity: 'supports' }],
      checks: (RUBRIC[id]?.checks ?? [])
        .filter((c) => c.weight > 0)
        .slice(0, 1)
        .map((c) => ({ id: c.id, met: true, quote })),
      rationale: `Shows ${RUBRIC[id]?.name.toLowerCase() ?? id}.`,
      level,
      suggestion: 'Keep going.',
    })),
    addressed_to_grader: false,
    better_version: 'A better version of the reply.',
    ...overrides,
  };
}

export const COMPLETIONS = '*/chat/completions';

/** Answers each request with the next response in turn (the last one repeats). */
export function sequence(...responses: (() => Response)[]) {
  let i = 0;
  const requests: JsonBodyType[] = [];
  const handler = http.post(COMPLETIONS, async ({ request }) => {
    requests.push((await request.json()) as JsonBodyType);
    const next = responses[Math.min(i, responses.length - 1)]!;
    i += 1;
    return next();
  });
  return { handler, requests };
}

export const json = (body: unknown, init?: ResponseInit) => () => HttpResponse.json(body as JsonBodyType, init);
export const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ error: { message: `error ${code}`, type: 'test' } }, { status: code, headers });

import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { CriterionId } from '../grading/rubric';
import { RUBRIC } from '../grading/rubric';
import * as standIn from '../../tests/support/llm-stand-in.mjs';
import type { ChatMessage, LlmClient } from '../grading/llm/llm-client';

/** An OpenAI chat completion whose message content is `content` (an object is JSON-encoded). */
export function chatCompletion(content: unknown, extra: { refusal?: string | null } = {}) {
  return standIn.chatCompletion(content, { model: 'test-model', ...extra });
}

/** A well-formed grade from the model for `reply`, quoting `quote` as evidence at every criterion. */
export function modelGrade(criteria: CriterionId[], quote: string, level = 3, overrides: Record<string, unknown> = {}) {
  return {
    ...standIn.gradeAnswer({
      criteria,
      quote,
      level,
      checks: (id) =>
        (RUBRIC[id as CriterionId]?.checks ?? [])
          .filter((c) => c.weight > 0)
          .slice(0, 1)
          .map((c) => ({ id: c.id, met: true, quote })),
      rationale: (id) => `Shows ${RUBRIC[id as CriterionId]?.name.toLowerCase() ?? id}.`,
      suggestion: () => 'Keep going.',
      betterVersion: 'A better version of the reply.',
    }),
    ...overrides,
  };
}

/**
 * The stand-in endpoint the end-to-end tests run as a server, as an msw handler: the same answers
 * (tests/support/llm-stand-in.mjs), in a given `mode`.
 */
export function llmStandIn(mode = 'ok') {
  let requests = 0;
  return http.post(COMPLETIONS, async ({ request }) => {
    requests += 1;
    const answer = standIn.standInAnswer((await request.json()) as standIn.StandInRequest, { mode, requests });
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  });
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

/** An LLM client that streams `chunks` and records the messages of every streamed call, for prompt tests. */
export function recordingLlmClient(chunks: readonly string[] = ['Hi.']) {
  const calls: ChatMessage[][] = [];
  const client = {
    config: { baseURL: 'http://localhost:11434/v1', model: 'm', apiKey: '' },
    completeJson: async () => '',
    testConnection: async () => 'm',
    async *stream(messages: ChatMessage[]) {
      calls.push(messages);
      yield* chunks;
    },
  } satisfies LlmClient;
  return { client, calls };
}

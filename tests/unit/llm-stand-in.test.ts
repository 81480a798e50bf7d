/**
 * The end-to-end tests' LLM stand-in answers what the app really asks, in a shape the real grader
 * and persona accept: run here through msw, the same answers the e2e server gives (so a change of
 * prompt or schema that would leave the stand-in behind fails here, not only in a browser).
 */
import { describe, expect, it } from 'vitest';
import { inThreadEmbeddedGrader } from '../../src/grading/embedded/embedded-grader.service';
import { createLlmClient } from '../../src/grading/llm/llm-client';
import { createLlmGrader, memoryCache } from '../../src/grading/llm/llm-grader';
import { llmStandIn } from '../../src/test/llm-mocks';
import { server } from '../../src/test/msw-server';
import { STAND_IN_LINE } from '../support/llm-stand-in.mjs';

const client = () =>
  createLlmClient(
    { baseURL: 'http://127.0.0.1:4319/v1', model: 'mock-model', apiKey: '', allowHttp: false },
    { sleep: async () => {}, maxRetryAfterMs: 1_000 },
  );
const request = {
  reply: 'So the night shift had seen three systems fail. What won them over in the end?',
  context: 'Getting the night shift to trust it was the hard part.',
  criteria: ['active_listening', 'clarity', 'open_questions'] as const,
};

describe('the LLM stand-in', () => {
  it('grades the criteria the prompt asks for, at level 3, quoting the reply', async () => {
    server.use(llmStandIn());
    const outcome = await createLlmGrader(client(), inThreadEmbeddedGrader, memoryCache()).grade({
      ...request,
      criteria: [...request.criteria],
    });
    expect(outcome.kind).toBe('graded');
    if (outcome.kind !== 'graded') return;
    expect(outcome.grade.criteria.map((c) => [c.id, c.level])).toEqual([
      ['active_listening', 3],
      ['clarity', 3],
      ['open_questions', 3],
    ]);
    expect(outcome.grade.criteria[0]!.evidence.map((e) => e.text)).toContain('So the night shift');
    expect(outcome.grade.better_version).toBe(`${request.reply} (mock better version)`);
  });

  it('answers a connection test and streams the persona line', async () => {
    server.use(llmStandIn());
    expect(await client().testConnection()).toBe('mock-model');
    let said = '';
    for await (const piece of client().stream([{ role: 'user', content: 'Speak.' }])) said += piece;
    expect(said).toBe(STAND_IN_LINE);
  });

  it('misbehaves as told: a server that is down gives no grade', async () => {
    server.use(llmStandIn('down'));
    const outcome = await createLlmGrader(client(), inThreadEmbeddedGrader, memoryCache()).grade({
      ...request,
      criteria: [...request.criteria],
    });
    expect(outcome.kind).toBe('grader-failed');
  });
});

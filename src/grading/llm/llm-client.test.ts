/**
 * The client's own deadlines and plain failures: what the SDK's header timeout cannot see (a body or
 * a stream that stalls after the headers), a cut-off answer, and a 200 that is not a completion.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../test/msw-server';
import { chatCompletion, COMPLETIONS } from '../../test/llm-mocks';
import { createLlmClient, PERSONA_MAX_TOKENS } from './llm-client';
import { LlmError } from './llm-error';

const config = { baseURL: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: 'sk-secret-key' };
const quick = { personaFirstMs: 200, personaIdleMs: 100, personaTotalMs: 2_000, gradeMs: 150, testMs: 150 };
const client = () => createLlmClient(config, { sleep: async () => {}, deadlines: quick });
const encoder = new TextEncoder();

/** Sends the headers and `first`, then nothing more, ever. */
function stallAfter(first: string, contentType: string) {
  return http.post(
    COMPLETIONS,
    () =>
      new HttpResponse(
        new ReadableStream({
          start(controller) {
            if (first) controller.enqueue(encoder.encode(first));
          },
        }),
        { headers: { 'content-type': contentType } },
      ),
  );
}

const sse = (content: string, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;

async function failure(run: () => Promise<unknown>): Promise<LlmError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof LlmError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

async function drain(stream: AsyncGenerator<string>): Promise<string> {
  let said = '';
  for await (const chunk of stream) said += chunk;
  return said;
}

describe('LLM client deadlines', () => {
  it('gives up on a grade whose body stalls after the headers, within the deadline', async () => {
    server.use(stallAfter('{"id":"c","choices":[', 'application/json'));
    const started = Date.now();
    const err = await failure(() => client().completeJson([{ role: 'user', content: 'x' }], 'grade', {}));
    expect(err.kind).toBe('deadline');
    expect(err.message).toMatch(/did not grade this reply within/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('gives up on a persona stream that falls silent after its first words', async () => {
    server.use(stallAfter(sse('Well, '), 'text/event-stream'));
    const said: string[] = [];
    const err = await failure(async () => {
      for await (const chunk of client().stream([{ role: 'user', content: 'x' }])) said.push(chunk);
    });
    expect(said).toEqual(['Well, ']);
    expect(err.kind).toBe('deadline');
    expect(err.message).toMatch(/stopped sending part-way/);
  });

  it('gives up on a persona stream that never starts', async () => {
    server.use(stallAfter('', 'text/event-stream'));
    const err = await failure(() => drain(client().stream([{ role: 'user', content: 'x' }])));
    expect(err.kind).toBe('deadline');
  });

  it('caps a persona line’s length, and says so when the model hits the cap', async () => {
    let body: { max_tokens?: number } = {};
    server.use(
      http.post(COMPLETIONS, async ({ request }) => {
        body = (await request.json()) as typeof body;
        return new HttpResponse(sse('I was going to say') + sse('', 'length') + 'data: [DONE]\n\n', {
          headers: { 'content-type': 'text/event-stream' },
        });
      }),
    );
    const err = await failure(() => drain(client().stream([{ role: 'user', content: 'x' }])));
    expect(body.max_tokens).toBe(PERSONA_MAX_TOKENS);
    expect(err.kind).toBe('truncated');
  });

  it('says a grade was cut off when the model stops at its length limit', async () => {
    const cut = chatCompletion('{"criteria": [');
    cut.choices[0]!.finish_reason = 'length';
    server.use(http.post(COMPLETIONS, () => HttpResponse.json(cut)));
    const err = await failure(() => client().completeJson([{ role: 'user', content: 'x' }], 'grade', {}));
    expect(err.kind).toBe('truncated');
    expect(err.message).toMatch(/cut off at its length limit/);
  });

  it('says plainly when a 200 answer is a web page, not a completion', async () => {
    server.use(http.post(COMPLETIONS, () => HttpResponse.html('<!doctype html><title>Router admin</title>')));
    const err = await failure(() => client().completeJson([{ role: 'user', content: 'x' }], 'grade', {}));
    expect(err.kind).toBe('not-a-completion');
    expect(err.message).not.toMatch(/undefined/);
    const test = await failure(() => client().testConnection());
    expect(test.kind).toBe('not-a-completion');
  });

  it('keeps the server’s own text, the address and the key out of every failure message', async () => {
    const leaky = 'Invalid request from http://localhost:11434/v1 with key sk-secret-key: <html>stack trace</html>';
    for (const code of [400, 404, 422, 500, 418]) {
      server.use(http.post(COMPLETIONS, () => HttpResponse.json({ error: { message: leaky } }, { status: code })));
      const err = await failure(() => client().completeJson([{ role: 'user', content: 'x' }], 'grade', {}));
      expect(err.message, String(code)).not.toMatch(/localhost|sk-secret|stack trace|Invalid request/);
      expect(err.message, String(code)).toMatch(new RegExp(`\\(${code}\\)`));
    }
  });

  it('stops at once, without a deadline message, when the learner cancels', async () => {
    server.use(stallAfter('{', 'application/json'));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const err = await failure(() =>
      createLlmClient(config, { deadlines: { gradeMs: 5_000 } }).completeJson(
        [{ role: 'user', content: 'x' }],
        'grade',
        {},
        controller.signal,
      ),
    );
    expect(err.kind).toBe('cancelled');
  });
});

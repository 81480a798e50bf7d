/**
 * The client's retry policy and its words for each failure, reached one by one: what is retried and
 * after how long, what is never retried, and the sentence the learner reads.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../test/msw-server';
import { chatCompletion, COMPLETIONS, json, sequence, status } from '../../test/llm-mocks';
import { classify, createLlmClient } from './llm-client';
import { LlmError } from './llm-error';

const config = { baseURL: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: '' };
const ask = (c: ReturnType<typeof createLlmClient>) => c.completeJson([{ role: 'user', content: 'x' }], 'grade', {});

async function failure(run: () => Promise<unknown>): Promise<LlmError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof LlmError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

/** A client that records how long it was asked to wait between attempts. */
function recording(options: Parameters<typeof createLlmClient>[1] = {}) {
  const waits: number[] = [];
  const client = createLlmClient(config, { sleep: async (ms) => void waits.push(ms), ...options });
  return { client, waits };
}

describe('retries', () => {
  it('backs off 0.5 s then 1 s on server errors, three attempts in all', async () => {
    const { handler, requests } = sequence(status(500));
    server.use(handler);
    const { client, waits } = recording();
    const err = await failure(() => ask(client));
    expect(err.kind).toBe('server');
    expect(waits).toEqual([500, 1000]);
    expect(requests).toHaveLength(3);
  });

  it('waits 1 s then 2 s on a rate limit that gives no time', async () => {
    const { handler, requests } = sequence(status(429));
    server.use(handler);
    const { client, waits } = recording();
    const err = await failure(() => ask(client));
    expect(err.message).toBe('The endpoint is limiting requests (429). Try again in a minute.');
    expect(waits).toEqual([1000, 2000]);
    expect(requests).toHaveLength(3);
  });

  it('fails at once when the rate limit asks for longer than the cap, and waits exactly the cap', async () => {
    const over = sequence(status(429, { 'retry-after': '3' }));
    server.use(over.handler);
    const a = recording({ maxRetryAfterMs: 2_999 });
    expect((await failure(() => ask(a.client))).message).toMatch(/Try again in 3 s\.$/);
    expect(a.waits).toEqual([]);
    expect(over.requests).toHaveLength(1);

    const at = sequence(status(429, { 'retry-after': '3' }), json(chatCompletion('{}')));
    server.use(at.handler);
    const b = recording({ maxRetryAfterMs: 3_000 });
    expect(await ask(b.client)).toBe('{}');
    expect(b.waits).toEqual([3000]);
  });

  it('never retries a refused request', async () => {
    for (const code of [400, 401, 403, 404, 422]) {
      const { handler, requests } = sequence(status(code));
      server.use(handler);
      const { client, waits } = recording();
      await failure(() => ask(client));
      expect(requests, String(code)).toHaveLength(1);
      expect(waits).toEqual([]);
    }
  });

  it('sends the grading request deterministically, with the schema strict', async () => {
    const { handler, requests } = sequence(json(chatCompletion('  {"a":1}  ')));
    server.use(handler);
    const { client } = recording();
    expect(await client.completeJson([{ role: 'user', content: 'x' }], 'grade', { type: 'object' })).toBe('{"a":1}');
    expect(requests[0]).toMatchObject({
      model: 'llama3.1',
      temperature: 0,
      seed: 7,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'grade', strict: true, schema: { type: 'object' } },
      },
    });
  });
});

describe('answers that are not a grade', () => {
  it('shortens a refusal to one line of at most 120 characters', async () => {
    const long = `No.\n\n${'really '.repeat(40)}`;
    server.use(sequence(json(chatCompletion(null, { refusal: long }))).handler);
    const err = await failure(() => ask(recording().client));
    expect(err.kind).toBe('refusal');
    const quoted = /“(.*)”/.exec(err.message)![1]!;
    expect(quoted).toHaveLength(118);
    expect(quoted.startsWith('No. really really')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);

    server.use(sequence(json(chatCompletion(null, { refusal: '  I   cannot. ' }))).handler);
    expect((await failure(() => ask(recording().client))).message).toBe('The model declined to grade: “I cannot.”');
  });

  it('calls white space alone an empty answer', async () => {
    server.use(sequence(json(chatCompletion(' \n '))).handler);
    const err = await failure(() => ask(recording().client));
    expect(err).toMatchObject({ kind: 'empty', message: 'The model returned an empty answer.' });
  });
});

describe('the connection test', () => {
  it('asks for one short word and names the model that answered, or the configured one', async () => {
    const { handler, requests } = sequence(json({ ...chatCompletion('OK'), model: 'llama3.1:8b' }));
    server.use(handler);
    expect(await recording().client.testConnection()).toBe('llama3.1:8b');
    expect(requests[0]).toMatchObject({
      model: 'llama3.1',
      messages: [{ role: 'user', content: 'Reply with the word OK.' }],
      max_tokens: 5,
      temperature: 0,
    });
    server.use(sequence(json({ ...chatCompletion('OK'), model: '' })).handler);
    expect(await recording().client.testConnection()).toBe('llama3.1');
  });

  it('says when the test took too long', async () => {
    server.use(http.post(COMPLETIONS, () => new Promise<Response>(() => {})));
    const err = await failure(() => recording({ deadlines: { testMs: 60 } }).client.testConnection());
    expect(err.message).toBe(
      'The model did not answer the test within 0 s. It may be busy, loading, or too slow on this machine; try again or use a smaller model.',
    );
  });

  it('says when a grade took too long, in whole seconds', async () => {
    server.use(http.post(COMPLETIONS, () => new Promise<Response>(() => {})));
    const err = await failure(() => ask(recording({ deadlines: { gradeMs: 1_600 } }).client));
    expect(err.message).toMatch(/^The model did not grade this reply within 2 s\./);
  });
});

describe('the persona stream', () => {
  it('yields each piece of text, skipping empty ones, with a warmer temperature', async () => {
    let body: Record<string, unknown> = {};
    const chunk = (content: string | null, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] })}\n\n`;
    server.use(
      http.post(COMPLETIONS, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return new HttpResponse(
          chunk('Well, ') + chunk(null) + chunk('') + chunk('hello.', 'stop') + 'data: [DONE]\n\n',
          {
            headers: { 'content-type': 'text/event-stream' },
          },
        );
      }),
    );
    const said: string[] = [];
    for await (const piece of recording().client.stream([{ role: 'user', content: 'x' }])) said.push(piece);
    expect(said).toEqual(['Well, ', 'hello.']);
    server.use(
      http.post(
        COMPLETIONS,
        () =>
          new HttpResponse(chunk('I was going', 'length') + 'data: [DONE]\n\n', {
            headers: { 'content-type': 'text/event-stream' },
          }),
      ),
    );
    const cut = await failure(async () => {
      for await (const piece of recording().client.stream([{ role: 'user', content: 'x' }])) void piece;
    });
    expect(cut).toMatchObject({ kind: 'truncated', message: "The model's line was cut off at its length limit." });
    expect(body).toMatchObject({ model: 'llama3.1', temperature: 0.7, stream: true });
  });

  it('stops at once when the learner cancelled before it began', async () => {
    const { handler, requests } = sequence(json(chatCompletion('x')));
    server.use(handler);
    const controller = new AbortController();
    controller.abort();
    const err = await failure(async () => {
      for await (const piece of recording().client.stream([{ role: 'user', content: 'x' }], controller.signal))
        void piece;
    });
    expect(err).toMatchObject({ kind: 'cancelled', message: 'The request was cancelled.' });
    expect(requests).toHaveLength(0);
  });
});

describe('the words for each failure', () => {
  const failWith = async (response: () => Response, baseURL = config.baseURL) => {
    server.use(sequence(response).handler);
    return failure(() => ask(createLlmClient({ ...config, baseURL }, { sleep: async () => {} })));
  };

  it.each<[number, Record<string, string>, string, string]>([
    [401, {}, 'auth', 'The API key was refused (401). Check the key in Settings.'],
    [403, {}, 'forbidden', 'This key has no access to “llama3.1” (403). Check your plan or choose another model.'],
    [
      404,
      {},
      'model-not-found',
      'The model “llama3.1” was not found (404). Check the model name and the address in Settings.',
    ],
    [
      400,
      {},
      'bad-request',
      'The endpoint refused the request (400). The model may not support structured output (JSON schema); try another model.',
    ],
    [
      422,
      {},
      'bad-request',
      'The endpoint refused the request (422). The model may not support structured output (JSON schema); try another model.',
    ],
    [418, {}, 'bad-request', 'The endpoint answered with an error (418).'],
    [500, {}, 'server', 'The model server had a problem (500). Try again later.'],
    [429, { 'retry-after-ms': '2500' }, 'rate-limited', 'The endpoint is limiting requests (429). Try again in 3 s.'],
    [
      429,
      { 'retry-after-ms': '0', 'retry-after': '7' },
      'rate-limited',
      'The endpoint is limiting requests (429). Try again in 7 s.',
    ],
    [429, { 'retry-after': 'soon' }, 'rate-limited', 'The endpoint is limiting requests (429). Try again in a minute.'],
  ])('%i %o: %s', async (code, headers, kind, message) => {
    expect(await failWith(status(code, headers))).toMatchObject({ kind, message });
  });

  it('reads a Retry-After date as the time until then, never negative', async () => {
    const soon = new Date(Date.now() + 10_000).toUTCString();
    const err = await failWith(status(429, { 'retry-after': soon }));
    expect(err.retryAfterMs).toBeGreaterThan(7_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(10_000);
    const past = await failWith(status(429, { 'retry-after': new Date(0).toUTCString() }));
    expect(past.retryAfterMs).toBe(0);
    expect(past.message).toMatch(/Try again in 0 s\.$/);
    expect((await failWith(status(429, { 'retry-after-ms': '1500' }))).retryAfterMs).toBe(1500);
  });

  it('retries a server that does not start answering in time, then says so', async () => {
    let requests = 0;
    server.use(http.post(COMPLETIONS, () => (requests++, new Promise<Response>(() => {}))));
    const err = await failure(() => ask(recording({ timeoutMs: 30 }).client));
    expect(err).toMatchObject({
      kind: 'timeout',
      message: 'The model did not start answering in time. It may be busy or loading; try again.',
    });
    expect(requests).toBe(3);
  });

  it('says plainly what a 200 that is not a completion is', async () => {
    expect(await failWith(() => HttpResponse.json({ hello: 'world' }))).toMatchObject({
      kind: 'not-a-completion',
      message:
        'The address answered, but not with a chat completion (perhaps a web page or another API). Check that the base URL is the API address, usually ending in /v1.',
    });
  });

  it('keeps a refusal of exactly 120 characters whole', async () => {
    const refusal = 'x'.repeat(120);
    expect((await failWith(json(chatCompletion(null, { refusal })))).message).toBe(
      `The model declined to grade: “${refusal}”`,
    );
  });

  it('outside a browser, an unreachable address says nothing of CORS', async () => {
    expect((await failWith(() => HttpResponse.error())).kind).toBe('unreachable');
    expect((await failWith(() => HttpResponse.error())).message).toBe(
      "Could not reach the model's address. Check it in Settings and that the server is running.",
    );
  });

  it('a cancel by any name, anything unknown, and its own failures as they are', () => {
    expect(classify(Object.assign(new Error('x'), { name: 'AbortError' }), config)).toMatchObject({
      kind: 'cancelled',
      message: 'The request was cancelled.',
    });
    expect(classify(new TypeError('boom'), config)).toMatchObject({
      kind: 'unreachable',
      message: 'The call to the model failed (TypeError).',
    });
    expect(classify('boom', config).message).toBe('The call to the model failed (unknown error).');
    const own = new LlmError('empty', 'x');
    expect(classify(own, config)).toBe(own);
  });
});

describe('an unreachable address in a browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('names the CORS setting of local servers, and CORS in general for others', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    vi.stubGlobal('location', { origin: 'http://localhost:5173' });
    vi.resetModules();
    const browser = await import('./llm-client');
    const unreachable = async (baseURL: string) => {
      server.use(http.post(COMPLETIONS, () => HttpResponse.error()));
      const client = browser.createLlmClient({ ...config, baseURL }, { sleep: async () => {} });
      // The module was loaded again, with its own LlmError class: read the message of whatever it threw.
      return ask(client).then(
        () => 'no failure',
        (err: Error) => err.message,
      );
    };
    for (const local of [
      'http://localhost:11434/v1',
      'https://127.0.0.1/v1',
      'http://[::1]:1234/v1',
      'http://localhost',
    ]) {
      expect(await unreachable(local), local).toContain(
        'If it is running, the browser may have been refused (CORS): for Ollama, restart it with OLLAMA_ORIGINS=http://localhost:5173; for LM Studio, turn on “Enable CORS”.',
      );
    }
    for (const remote of [
      'https://api.example.com/v1',
      'http://localhostess.example/v1',
      'http://my.localhost.example/v1',
    ]) {
      expect(await unreachable(remote), remote).toMatch(
        / If it is running, it may not allow requests from this page \(CORS\)\.$/,
      );
    }
  });
});

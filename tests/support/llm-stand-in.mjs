// The one stand-in for an OpenAI-compatible endpoint: the answers it gives, as plain data, shared by
// the unit tests (as msw handlers, src/test/llm-mocks.ts) and the end-to-end tests (as a server,
// tests/e2e/mock-llm-server.mjs), so the two cannot drift apart. Plain JavaScript, because the
// server runs on Node without a TypeScript step; the types are in llm-stand-in.d.mts.

/** A chat completion whose message is `content` (an object is JSON-encoded). */
export function chatCompletion(content, { model = 'test-model', refusal = null } = {}) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        finish_reason: 'stop',
        logprobs: null,
        message: {
          role: 'assistant',
          content: typeof content === 'string' ? content : JSON.stringify(content),
          refusal,
        },
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
  };
}

/** A streamed answer as server-sent events: one chunk per piece, then [DONE]. */
export function completionStream(pieces, { model = 'test-model' } = {}) {
  const chunks = pieces.map((content) => ({
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1,
    model,
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
  }));
  return `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`;
}

/** An error answer's body, as OpenAI-compatible servers send it. */
export const errorBody = (message) => ({ error: { message, type: 'test' } });

/** A well-formed grade: the same level, quote and check results at every criterion. */
export function gradeAnswer({ criteria, quote, level = 3, checks = () => [], rationale, suggestion, betterVersion }) {
  return {
    criteria: criteria.map((id) => ({
      id,
      evidence: [{ quote, polarity: 'supports' }],
      checks: checks(id),
      rationale: rationale(id),
      level,
      suggestion: suggestion(id),
    })),
    addressed_to_grader: false,
    better_version: betterVersion,
  };
}

/** What the grading prompt asks about: the reply (between its markers) and the criteria to grade. */
export function readGradingPrompt(prompt) {
  const reply = JSON.parse(/<<<REPLY [0-9a-f]+>>>\n(".*")\n<<<END REPLY/s.exec(prompt)?.[1] ?? '""');
  const criteria = /grade exactly these criteria: ([a-z_, ]+)\)/.exec(prompt)?.[1].split(', ') ?? ['clarity'];
  return { reply, criteria };
}

/** The persona's line the stand-in streams. */
export const STAND_IN_LINE = 'Honestly, nobody asks about that. The model was easy; the night shift was the hard part.';

/**
 * The stand-in's answer to a chat-completions request: a connection test (max_tokens 5) gets "OK",
 * a stream gets the persona's line word by word, and a grading request gets level 3 at each
 * criterion it asks for, quoting the reply's first words. `mode` makes it misbehave.
 */
export function standInAnswer(body, { mode = 'ok', requests = 1, model = 'mock-model' } = {}) {
  const json = (status, obj, headers = {}) => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(obj),
  });
  if (mode === 'down') return json(503, errorBody('overloaded'));
  if (mode === 'bad-key') return json(401, errorBody('Incorrect API key'));
  if (mode === 'rate-limit-once' && requests === 1)
    return json(429, errorBody('slow down'), { 'retry-after-ms': '300' });
  if (body.stream) {
    const words = STAND_IN_LINE.split(' ').map((w, i) => (i ? ' ' : '') + w);
    return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: completionStream(words, { model }) };
  }
  if (body.max_tokens === 5) return json(200, chatCompletion('OK', { model }));
  if (mode === 'malformed') return json(200, chatCompletion('{"criteria": [ not json', { model }));
  const prompt = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const { reply, criteria } = readGradingPrompt(prompt);
  const grade = gradeAnswer({
    criteria,
    quote: reply.split(/\s+/).slice(0, 4).join(' '),
    rationale: (id) => `The mock model's view of ${id}.`,
    suggestion: (id) => `Mock suggestion for ${id}.`,
    betterVersion: `${reply} (mock better version)`,
  });
  return json(200, chatCompletion(JSON.stringify(grade), { model }));
}

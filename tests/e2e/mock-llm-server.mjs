// A stand-in for an OpenAI-compatible endpoint, for the end-to-end tests: it grades any reply with
// level 3, quotes the reply's first words, streams persona lines, and can be told to misbehave
// (POST /__mode {"mode": "..."}) to exercise the app's failure handling in a real browser.
import http from 'node:http';

const PORT = Number(process.env.MOCK_LLM_PORT ?? 4319);
let mode = 'ok';
let requests = 0;

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': '*',
};

function completion(content) {
  return {
    id: 'chatcmpl-mock',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'mock-model',
    choices: [
      { index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function grade(body) {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const reply = JSON.parse(/<<<REPLY [0-9a-f]+>>>\n(".*")\n<<<END REPLY/s.exec(user)?.[1] ?? '""');
  const criteria = /grade exactly these criteria: ([a-z_, ]+)\)/.exec(user)?.[1].split(', ') ?? ['clarity'];
  const quote = reply.split(/\s+/).slice(0, 4).join(' ');
  return {
    criteria: criteria.map((id) => ({
      id,
      evidence: [{ quote, polarity: 'supports' }],
      checks: [],
      rationale: `The mock model's view of ${id}.`,
      level: 3,
      suggestion: `Mock suggestion for ${id}.`,
    })),
    addressed_to_grader: false,
    better_version: `${reply} (mock better version)`,
  };
}

http
  .createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
      if (req.url === '/__mode') {
        mode = JSON.parse(raw).mode;
        requests = 0;
        return res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{}');
      }
      if (req.url === '/__health') return res.writeHead(200, cors).end('ok');
      if (!req.url?.endsWith('/chat/completions')) return res.writeHead(404, cors).end();
      requests += 1;
      const body = JSON.parse(raw);
      const send = (status, obj, headers = {}) =>
        res.writeHead(status, { ...cors, 'content-type': 'application/json', ...headers }).end(JSON.stringify(obj));
      if (mode === 'down') return send(503, { error: { message: 'overloaded' } });
      if (mode === 'bad-key') return send(401, { error: { message: 'Incorrect API key' } });
      if (mode === 'rate-limit-once' && requests === 1)
        return send(429, { error: { message: 'slow down' } }, { 'retry-after-ms': '300' });
      // Headers, the first few bytes, then silence: what the SDK's own timeout cannot see.
      if (mode === 'stall' && body.max_tokens !== 5) {
        res.writeHead(200, { ...cors, 'content-type': body.stream ? 'text/event-stream' : 'application/json' });
        return res.write(body.stream ? '' : '{"id":"chatcmpl-mock","choices":[');
      }
      if (body.stream) {
        res.writeHead(200, { ...cors, 'content-type': 'text/event-stream' });
        const words = 'Honestly, nobody asks about that. The model was easy; the night shift was the hard part.'.split(
          ' ',
        );
        words.forEach((w, i) => {
          const chunk = {
            id: 'c',
            object: 'chat.completion.chunk',
            created: 1,
            model: 'mock-model',
            choices: [{ index: 0, delta: { content: (i ? ' ' : '') + w }, finish_reason: null }],
          };
          res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        });
        res.write('data: [DONE]\n\n');
        return res.end();
      }
      if (body.max_tokens === 5) return send(200, completion('OK'));
      if (mode === 'malformed') return send(200, completion('{"criteria": [ not json'));
      return send(200, completion(JSON.stringify(grade(body))));
    });
  })
  .listen(PORT, '127.0.0.1', () => console.log(`mock LLM on http://127.0.0.1:${PORT}/v1`));

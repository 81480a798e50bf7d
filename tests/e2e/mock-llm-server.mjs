// The LLM stand-in (tests/support/llm-stand-in.mjs) as a server, for the end-to-end tests: it grades
// any reply with level 3, quotes the reply's first words, streams persona lines, and can be told to
// misbehave (POST /__mode {"mode": "..."}) to exercise the app's failure handling in a real browser.
import http from 'node:http';
import { standInAnswer } from '../support/llm-stand-in.mjs';

const PORT = Number(process.env.MOCK_LLM_PORT ?? 4319);
let mode = 'ok';
let requests = 0;

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': '*',
};

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
      // Headers, the first few bytes, then silence: what the SDK's own timeout cannot see. Only a
      // real server can hold a connection open, so this mode is the server's own.
      if (mode === 'stall' && body.max_tokens !== 5) {
        res.writeHead(200, { ...cors, 'content-type': body.stream ? 'text/event-stream' : 'application/json' });
        return res.write(body.stream ? '' : '{"id":"chatcmpl-mock","choices":[');
      }
      const answer = standInAnswer(body, { mode, requests });
      return res.writeHead(answer.status, { ...cors, ...answer.headers }).end(answer.body);
    });
  })
  .listen(PORT, '127.0.0.1', () => console.log(`mock LLM on http://127.0.0.1:${PORT}/v1`));

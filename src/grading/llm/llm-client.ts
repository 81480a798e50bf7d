/**
 * The only module that talks to a language model (it alone imports `openai`). It owns the retry
 * policy, so that a rate limit's Retry-After is honoured only up to a cap, and it turns every
 * failure into an LlmError with a message the learner can act on.
 */
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmConfig } from './llm-config';
import { LlmError } from './llm-error';

export type ChatMessage = ChatCompletionMessageParam;

export interface LlmClientOptions {
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Longest Retry-After we wait for; beyond it the call fails with a rate-limit message. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRIES = 2;
const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

export interface LlmClient {
  readonly config: LlmConfig;
  /** One chat completion whose content must follow `schema` (JSON Schema, strict). Returns the raw content. */
  completeJson(
    messages: ChatMessage[],
    schemaName: string,
    schema: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<string>;
  /** Streams the text of one chat completion. */
  stream(messages: ChatMessage[], signal?: AbortSignal): AsyncGenerator<string>;
  /** A tiny request that proves the address, key and model work. */
  testConnection(signal?: AbortSignal): Promise<string>;
}

export function createLlmClient(config: LlmConfig, options: LlmClientOptions = {}): LlmClient {
  const client = new OpenAI({
    apiKey: config.apiKey || 'no-key', // local servers ignore it, but the SDK requires one
    baseURL: config.baseURL,
    maxRetries: 0, // retries are ours: see withRetries
    timeout: options.timeoutMs ?? 60_000,
    dangerouslyAllowBrowser: true, // the learner's own key, in the learner's own browser
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const sleep = options.sleep ?? sleeper;
  const maxRetryAfter = options.maxRetryAfterMs ?? 20_000;

  async function withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (err) {
        const failure = classify(err, config);
        const retryable = failure.kind === 'rate-limited' || failure.kind === 'server' || failure.kind === 'timeout';
        if (!retryable || attempt >= RETRIES) throw failure;
        const wait =
          failure.kind === 'rate-limited' ? (failure.retryAfterMs ?? 1000 * 2 ** attempt) : 500 * 2 ** attempt;
        if (wait > maxRetryAfter) throw failure;
        await sleep(wait);
      }
    }
  }

  return {
    config,
    async completeJson(messages, schemaName, schema, signal) {
      const completion = await withRetries(() =>
        client.chat.completions.create(
          {
            model: config.model,
            messages,
            temperature: 0,
            seed: 7,
            response_format: { type: 'json_schema', json_schema: { name: schemaName, strict: true, schema } },
          },
          { signal },
        ),
      );
      const choice = completion.choices[0];
      const message = choice?.message;
      if (message?.refusal) throw new LlmError('refusal', `The model declined to grade: “${message.refusal}”`);
      const content = message?.content?.trim();
      if (!content) throw new LlmError('empty', 'The model returned an empty answer.');
      return content;
    },
    async *stream(messages, signal) {
      const stream = await withRetries(() =>
        client.chat.completions.create({ model: config.model, messages, temperature: 0.7, stream: true }, { signal }),
      );
      try {
        for await (const chunk of stream) {
          const text = chunk.choices[0]?.delta?.content;
          if (text) yield text;
        }
      } catch (err) {
        throw classify(err, config);
      }
    },
    async testConnection(signal) {
      const completion = await withRetries(() =>
        client.chat.completions.create(
          {
            model: config.model,
            messages: [{ role: 'user', content: 'Reply with the word OK.' }],
            max_tokens: 5,
            temperature: 0,
          },
          { signal },
        ),
      );
      return completion.model || config.model;
    },
  };
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const after = headers?.get('retry-after');
  if (!after) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Turns whatever the SDK threw into an LlmError that says what happened and what to do. */
export function classify(err: unknown, config: LlmConfig): LlmError {
  if (err instanceof LlmError) return err;
  const where = config.baseURL;
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError(
      'timeout',
      `The model at ${where} did not answer in time. It may be busy or loading; try again.`,
    );
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const local = /localhost|127\.0\.0\.1|\[::1\]/.test(where);
    const cors = inBrowser
      ? local
        ? ` If it is running, the browser may have been refused (CORS): for Ollama, restart it with OLLAMA_ORIGINS=${location.origin}; for LM Studio, turn on “Enable CORS”.`
        : ' If it is running, it may not allow requests from this page (CORS).'
      : '';
    return new LlmError(
      'unreachable',
      `Could not reach ${where}. Check the address and that the server is running.${cors}`,
    );
  }
  if (err instanceof OpenAI.APIError) {
    const detail = err.message.replace(/^\d{3}\s*/, '');
    switch (err.status) {
      case 401:
        return new LlmError('auth', 'The API key was refused (401). Check the key in Settings.');
      case 403:
        return new LlmError(
          'forbidden',
          `This key has no access to “${config.model}” (403). Check your plan or choose another model.`,
        );
      case 404:
        return new LlmError(
          'model-not-found',
          `The model “${config.model}” was not found at ${where} (404). Check the model name and the address.`,
        );
      case 429: {
        const after = retryAfterMs(err.headers as Headers | undefined);
        const when = after !== undefined ? ` Try again in ${Math.ceil(after / 1000)} s.` : ' Try again in a minute.';
        return new LlmError('rate-limited', `The endpoint is limiting requests (429).${when}`, after);
      }
      case 400:
      case 422:
        return new LlmError('bad-request', `The endpoint refused the request (${err.status}): ${detail}`);
      default:
        if (err.status && err.status >= 500) {
          return new LlmError('server', `The model server had a problem (${err.status}). Try again later.`);
        }
        return new LlmError(
          'bad-request',
          `The endpoint answered with an error${err.status ? ` (${err.status})` : ''}: ${detail}`,
        );
    }
  }
  if (err instanceof Error && err.name === 'AbortError') return new LlmError('timeout', 'The request was cancelled.');
  return new LlmError(
    'unreachable',
    `The call to ${where} failed: ${err instanceof Error ? err.message : String(err)}`,
  );
}

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

/**
 * How long each kind of call may take, end to end. The SDK's own timeout covers only the wait for
 * response headers; a body or a stream that stalls after them would otherwise spin forever. A cloud
 * model grades in 3-15 s; a local 8B model on a laptop CPU reads the ~3,000-token prompt and writes
 * ~600 tokens of JSON in 30-90 s, so a grade gets two minutes over all its retries. A persona line is
 * short (capped at PERSONA_MAX_TOKENS): 30 s to its first words, 15 s of silence between chunks, a
 * minute in all. The learner can stop waiting at any moment; these bound what nobody stops.
 */
export const DEADLINES = {
  gradeMs: 120_000,
  personaFirstMs: 30_000,
  personaIdleMs: 15_000,
  personaTotalMs: 60_000,
  testMs: 20_000,
};
export const PERSONA_MAX_TOKENS = 200;

export interface LlmClientOptions {
  fetch?: typeof fetch;
  /** Per attempt: how long to wait for the response headers. */
  timeoutMs?: number;
  /** Overrides of DEADLINES (tests shorten them). */
  deadlines?: Partial<typeof DEADLINES>;
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
  const limits = { ...DEADLINES, ...options.deadlines };

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
      const deadline = new Deadline(signal, limits.gradeMs, 'grade');
      try {
        const completion = await deadline.race(
          withRetries(() =>
            client.chat.completions.create(
              {
                model: config.model,
                messages,
                temperature: 0,
                seed: 7,
                response_format: { type: 'json_schema', json_schema: { name: schemaName, strict: true, schema } },
              },
              { signal: deadline.signal },
            ),
          ),
        );
        const choice = completionChoice(completion);
        const message = choice.message;
        if (message?.refusal) throw new LlmError('refusal', `The model declined to grade: “${short(message.refusal)}”`);
        if (choice.finish_reason === 'length') throw truncated('grade');
        const content = message?.content?.trim();
        if (!content) throw new LlmError('empty', 'The model returned an empty answer.');
        return content;
      } catch (err) {
        throw deadline.explain(err) ?? classify(err, config);
      } finally {
        deadline.clear();
      }
    },
    async *stream(messages, signal) {
      const deadline = new Deadline(signal, limits.personaTotalMs, 'persona');
      deadline.idle(limits.personaFirstMs);
      try {
        const stream = await deadline.race(
          withRetries(() =>
            client.chat.completions.create(
              { model: config.model, messages, temperature: 0.7, max_tokens: PERSONA_MAX_TOKENS, stream: true },
              { signal: deadline.signal },
            ),
          ),
        );
        const chunks = stream[Symbol.asyncIterator]();
        for (;;) {
          const next = await deadline.race(chunks.next());
          if (next.done) break;
          const chunk = next.value;
          if (!chunk || !Array.isArray(chunk.choices)) throw notACompletion();
          deadline.idle(limits.personaIdleMs);
          const text = chunk.choices[0]?.delta?.content;
          if (text) yield text;
          if (chunk.choices[0]?.finish_reason === 'length') throw truncated('persona');
        }
      } catch (err) {
        throw deadline.explain(err) ?? classify(err, config);
      } finally {
        deadline.clear();
      }
    },
    async testConnection(signal) {
      const deadline = new Deadline(signal, limits.testMs, 'test');
      try {
        const completion = await deadline.race(
          withRetries(() =>
            client.chat.completions.create(
              {
                model: config.model,
                messages: [{ role: 'user', content: 'Reply with the word OK.' }],
                max_tokens: 5,
                temperature: 0,
              },
              { signal: deadline.signal },
            ),
          ),
        );
        completionChoice(completion);
        return completion.model || config.model;
      } catch (err) {
        throw deadline.explain(err) ?? classify(err, config);
      } finally {
        deadline.clear();
      }
    },
  };
}

type CallKind = 'grade' | 'persona' | 'test';

/**
 * One call's clock: aborts the request when the total time is up, or when a stream falls silent for
 * longer than its idle limit, and says which in words the learner can act on.
 */
class Deadline {
  private readonly controller = new AbortController();
  private readonly total: ReturnType<typeof setTimeout>;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private fired: 'total' | 'idle' | null = null;
  private stop: (reason: unknown) => void = () => {};
  /**
   * Rejects when the call is stopped. Raced against every wait, because aborting the request does not
   * always end a pending body read (a stalled stream may never notice).
   */
  private readonly stopped = new Promise<never>((_, reject) => (this.stop = reject));
  private readonly onOuterAbort = () => {
    this.controller.abort(this.outer?.reason);
    this.stop(new LlmError('cancelled', 'The request was cancelled.'));
  };

  constructor(
    private readonly outer: AbortSignal | undefined,
    private readonly totalMs: number,
    private readonly kind: CallKind,
  ) {
    this.stopped.catch(() => {}); // observed through race(); never an unhandled rejection
    if (outer?.aborted) this.onOuterAbort();
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    this.total = setTimeout(() => this.fire('total'), totalMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** `promise`, or this call's failure as soon as it is stopped. */
  race<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.stopped]);
  }

  /** Restarts the silence clock: the next chunk must arrive within `ms`. */
  idle(ms: number): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.fire('idle'), ms);
  }

  clear(): void {
    clearTimeout(this.total);
    clearTimeout(this.idleTimer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  /** The deadline's own failure, when it was the deadline that stopped the call. */
  explain(err: unknown): LlmError | null {
    if (!this.fired) return err instanceof LlmError ? err : null;
    const what = { grade: 'grade this reply', persona: 'speak for the persona', test: 'answer the test' }[this.kind];
    const seconds = Math.round(this.totalMs / 1000);
    return new LlmError(
      'deadline',
      this.fired === 'idle'
        ? `The model stopped sending part-way through and did not ${what}. It may be overloaded or have stalled; try again.`
        : `The model did not ${what} within ${seconds} s. It may be busy, loading, or too slow on this machine; try again or use a smaller model.`,
    );
  }

  private fire(which: 'total' | 'idle'): void {
    this.fired ??= which;
    this.controller.abort(new Error(`deadline: ${which}`));
    this.stop(new Error(`deadline: ${which}`));
  }
}

/** The first choice of a completion, or a plain failure when the answer is not a completion at all. */
function completionChoice(completion: unknown) {
  const choices = (completion as { choices?: unknown } | null)?.choices;
  if (!Array.isArray(choices) || !choices[0]) throw notACompletion();
  return choices[0] as OpenAI.Chat.Completions.ChatCompletion.Choice;
}

function notACompletion(): LlmError {
  return new LlmError(
    'not-a-completion',
    'The address answered, but not with a chat completion (perhaps a web page or another API). Check that the base URL is the API address, usually ending in /v1.',
  );
}

function truncated(kind: CallKind): LlmError {
  return new LlmError(
    'truncated',
    kind === 'persona'
      ? "The model's line was cut off at its length limit."
      : "The model's answer was cut off at its length limit before the grade was complete. Its context or output limit may be too small for grading; try a model with a larger one.",
  );
}

/** A short, single-line excerpt of text from a server, so nothing long or structured is kept with a grade. */
function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
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

/**
 * Turns whatever the SDK threw into an LlmError that says what happened and what to do. Its message
 * may be saved with a grade and exported, so it never carries the address, the key or the server's
 * own text: a status code and a plain sentence.
 */
export function classify(err: unknown, config: LlmConfig): LlmError {
  if (err instanceof LlmError) return err;
  if (err instanceof OpenAI.APIUserAbortError || (err instanceof Error && err.name === 'AbortError')) {
    return new LlmError('cancelled', 'The request was cancelled.');
  }
  if (err instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError('timeout', 'The model did not start answering in time. It may be busy or loading; try again.');
  }
  if (err instanceof OpenAI.APIConnectionError) {
    const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(config.baseURL);
    const cors = inBrowser
      ? local
        ? ` If it is running, the browser may have been refused (CORS): for Ollama, restart it with OLLAMA_ORIGINS=${location.origin}; for LM Studio, turn on “Enable CORS”.`
        : ' If it is running, it may not allow requests from this page (CORS).'
      : '';
    return new LlmError(
      'unreachable',
      `Could not reach the model's address. Check it in Settings and that the server is running.${cors}`,
    );
  }
  if (err instanceof OpenAI.APIError) {
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
          `The model “${config.model}” was not found (404). Check the model name and the address in Settings.`,
        );
      case 429: {
        const after = retryAfterMs(err.headers as Headers | undefined);
        const when = after !== undefined ? ` Try again in ${Math.ceil(after / 1000)} s.` : ' Try again in a minute.';
        return new LlmError('rate-limited', `The endpoint is limiting requests (429).${when}`, after);
      }
      case 400:
      case 422:
        return new LlmError(
          'bad-request',
          `The endpoint refused the request (${err.status}). The model may not support structured output (JSON schema); try another model.`,
        );
      default:
        if (err.status && err.status >= 500) {
          return new LlmError('server', `The model server had a problem (${err.status}). Try again later.`);
        }
        return new LlmError(
          'bad-request',
          `The endpoint answered with an error${err.status ? ` (${err.status})` : ''}.`,
        );
    }
  }
  return new LlmError(
    'unreachable',
    `The call to the model failed (${err instanceof Error ? err.name : 'unknown error'}).`,
  );
}

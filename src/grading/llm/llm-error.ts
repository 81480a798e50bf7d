/** Every way a call to the model can fail, each with a message the learner can act on. */
export type LlmFailureKind =
  | 'auth'
  | 'forbidden'
  | 'model-not-found'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  /** Our own deadline on the whole call, or on silence inside a stream. */
  | 'deadline'
  | 'cancelled'
  | 'truncated'
  | 'not-a-completion'
  | 'unreachable'
  | 'bad-request'
  | 'malformed'
  | 'schema'
  | 'empty'
  | 'refusal';

export class LlmError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

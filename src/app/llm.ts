import { createLlmClient, type LlmClient } from '../grading/llm/llm-client';
import { LlmConfig } from '../grading/llm/llm-config';
import { loadSettings } from '../storage/settings';

/**
 * The one place the app makes LLM clients: for grading and the persona from the saved settings, and
 * for the Settings page's connection test from the form as typed.
 */

/** The LLM client from the saved settings, or null when the LLM is off or not fully set up. */
export function llmClient(): LlmClient | null {
  const settings = loadSettings();
  if (settings.engine !== 'llm') return null;
  const config = LlmConfig.safeParse(settings.llm);
  return config.success ? createLlmClient(config.data, { timeoutMs: 60_000 }) : null;
}

/**
 * Asks the endpoint for a one-word answer; resolves with the model that answered, or throws an
 * LlmError that says what went wrong. Quick to give up: the learner is waiting on the button.
 */
export function testLlmConnection(config: LlmConfig): Promise<string> {
  return createLlmClient(config, { timeoutMs: 20_000, maxRetryAfterMs: 0 }).testConnection();
}

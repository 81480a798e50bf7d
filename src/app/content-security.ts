import { LlmConfig } from '../grading/llm/llm-config';
import { loadSettings } from '../storage/settings';

/**
 * Narrows where this page may connect: to its own origin, plus the LLM endpoint when one is
 * configured. A second policy only ever narrows the first (index.html's, written at build time), so
 * a script that got in could not send a reply or the key anywhere else. A new address takes effect
 * on the next load; Settings reloads the page when the address changes.
 */
export function allowedOrigins(): string[] {
  const settings = loadSettings();
  if (settings.engine !== 'llm') return [];
  const config = LlmConfig.safeParse(settings.llm);
  return config.success ? [new URL(config.data.baseURL).origin] : [];
}

/** The origins this page may reach, fixed when it loaded (null before narrowing, e.g. in dev). */
let fixed: string[] | null = null;

export function narrowConnections(): void {
  if (!import.meta.env.PROD || fixed) return;
  fixed = allowedOrigins();
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${fixed.join(' ')}`.trim();
  document.head.prepend(meta);
}

/** Whether this page, as loaded, may connect to `baseURL` (always true before narrowing). */
export function mayConnect(baseURL: string): boolean {
  if (!fixed) return true;
  try {
    return fixed.includes(new URL(baseURL).origin);
  } catch {
    return true;
  }
}

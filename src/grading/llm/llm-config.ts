import { z } from 'zod';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host an address points at, or null when it is not a URL (yet). */
export function hostOf(baseURL: string): string | null {
  try {
    return new URL(baseURL.trim()).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether an address is plain http:// to another machine, where the key and replies would travel unencrypted. */
export function isInsecureRemote(baseURL: string): boolean {
  try {
    const url = new URL(baseURL.trim());
    return url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** Where and how to reach an OpenAI-compatible endpoint. The key stays in this browser only. */
export const LlmConfig = z
  .object({
    baseURL: z
      .string()
      .trim()
      .pipe(
        z.url({
          protocol: /^https?$/,
          error: 'enter a full http:// or https:// address, e.g. http://localhost:11434/v1',
        }),
      )
      .refine((u) => {
        try {
          const url = new URL(u);
          return !url.username && !url.password;
        } catch {
          return true; // not a URL at all: the address check above says so
        }
      }, 'remove the user name and password from the address; put a key in the API key field instead'),
    model: z.string().trim().min(1, 'enter a model name, e.g. gpt-4o-mini or llama3.1'),
    apiKey: z.string().trim(),
    /** The learner confirmed sending replies (and the key) over plain http:// to another machine. */
    allowHttp: z.boolean().default(false),
  })
  .refine((c) => c.allowHttp || !isInsecureRemote(c.baseURL), {
    path: ['baseURL'],
    message:
      'plain http:// sends your replies and key unencrypted to another machine; use https://, or confirm below that this is a private network',
  });
export type LlmConfig = z.input<typeof LlmConfig>;

export const Preset = z.enum(['openai', 'ollama', 'lmstudio', 'custom']);
export type Preset = z.infer<typeof Preset>;

export const PRESETS: Record<
  Preset,
  { label: string; baseURL: string; model: string; needsKey: boolean; help: string }
> = {
  openai: {
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    needsKey: true,
    help: 'Uses your OpenAI API key. Replies you grade are sent to OpenAI.',
  },
  ollama: {
    label: 'Ollama (on this computer)',
    baseURL: 'http://localhost:11434/v1',
    model: 'llama3.1',
    needsKey: false,
    help: 'Runs on your machine. Start Ollama with OLLAMA_ORIGINS set to this page’s address so the browser may call it.',
  },
  lmstudio: {
    label: 'LM Studio (on this computer)',
    baseURL: 'http://localhost:1234/v1',
    model: 'local-model',
    needsKey: false,
    help: 'Runs on your machine. Turn on the local server and “Enable CORS” in LM Studio’s developer settings.',
  },
  custom: {
    label: 'Another OpenAI-compatible endpoint',
    baseURL: '',
    model: '',
    needsKey: false,
    help: 'Any server that speaks the OpenAI chat completions API, such as vLLM.',
  },
};

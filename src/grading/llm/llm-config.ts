import { z } from 'zod';

/** Where and how to reach an OpenAI-compatible endpoint. The key stays in this browser only. */
export const LlmConfig = z.object({
  baseURL: z
    .string()
    .trim()
    .pipe(
      z.url({
        protocol: /^https?$/,
        error: 'enter a full http:// or https:// address, e.g. http://localhost:11434/v1',
      }),
    ),
  model: z.string().trim().min(1, 'enter a model name, e.g. gpt-4o-mini or llama3.1'),
  apiKey: z.string().trim(),
});
export type LlmConfig = z.infer<typeof LlmConfig>;

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

/**
 * The learner's settings, in localStorage (read synchronously at start-up). The API key is stored
 * here and nowhere else: never in exports, logs or URLs.
 */
import { z } from 'zod';
import { Preset } from '../grading/llm/llm-config';

export const Settings = z.object({
  engine: z.enum(['embedded', 'llm']),
  preset: Preset,
  /** Kept as typed, even when incomplete; validated as an LlmConfig before use. */
  llm: z.object({ baseURL: z.string(), model: z.string(), apiKey: z.string(), allowHttp: z.boolean().default(false) }),
  /** Let the model speak for the persona at beats that allow it. */
  llmPersona: z.boolean(),
  /** Hide scores and level numbers; show words only. */
  lowPressure: z.boolean().default(false),
  /** Ask the learner to rate their own reply before showing the grade. */
  selfAssess: z.boolean().default(false),
  /** Days a week the learner aims to practise. */
  weeklyGoal: z.number().int().min(1).max(7).default(3),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  engine: 'embedded',
  preset: 'ollama',
  llm: { baseURL: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: '', allowHttp: false },
  llmPersona: true,
  lowPressure: false,
  selfAssess: false,
  weeklyGoal: 3,
};

const KEY = 'rapport.settings';
const listeners = new Set<() => void>();

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const parsed = Settings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false when the browser refuses to store them. */
export function saveSettings(settings: Settings): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(Settings.parse(settings)));
    listeners.forEach((l) => l());
    return true;
  } catch {
    return false;
  }
}

/** Forgets the settings and the API key (used when the learner deletes all their data). */
export function clearSettings(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
  listeners.forEach((l) => l());
}

export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

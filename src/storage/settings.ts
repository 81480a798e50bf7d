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
const notify = () => listeners.forEach((l) => l());

// The parsed settings for the stored text they came from: one object per stored value, so React's
// useSyncExternalStore sees the same snapshot until the settings really change.
let cached: { raw: string | null; settings: Settings } | null = null;

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): Settings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const parsed = Settings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * The saved settings, for code outside React (the app's grader and its security policy). Components
 * read them with `useSettings()`, which re-renders when they change.
 */
export function loadSettings(): Settings {
  const raw = stored();
  if (cached?.raw !== raw) cached = { raw, settings: parse(raw) };
  return cached.settings;
}

/** Returns false when the browser refuses to store them. */
export function saveSettings(settings: Settings): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(Settings.parse(settings)));
    notify();
    return true;
  } catch {
    return false;
  }
}

/** Saves some settings over the saved ones; false when the browser refuses to store them. */
export function updateSettings(patch: Partial<Settings>): boolean {
  return saveSettings({ ...loadSettings(), ...patch });
}

/** Forgets the settings and the API key (used when the learner deletes all their data). */
export function clearSettings(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear where storage is unavailable.
  }
  notify();
}

export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Set before a reload that lets the page reach a new address, so the connection test runs once it has. */
const TEST_AFTER_RELOAD = 'rapport.testAfterReload';

export function testAfterReload(): void {
  sessionStorage.setItem(TEST_AFTER_RELOAD, '1');
}

/** Whether a connection test waits for this load; answers true once. */
export function takeTestAfterReload(): boolean {
  if (sessionStorage.getItem(TEST_AFTER_RELOAD) !== '1') return false;
  sessionStorage.removeItem(TEST_AFTER_RELOAD);
  return true;
}

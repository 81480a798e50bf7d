import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearSettings,
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChange,
  saveSettings,
  takeTestAfterReload,
  testAfterReload,
  updateSettings,
  type Settings,
} from './settings';

const KEY = 'rapport.settings';
const llmSettings: Settings = {
  ...DEFAULT_SETTINGS,
  engine: 'llm',
  preset: 'openai',
  llm: { baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-test', allowHttp: false },
  weeklyGoal: 5,
};

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

/** A localStorage that refuses every write (private mode, quota), reading from the real one. */
function refuseWrites() {
  const real = localStorage;
  const refuse = () => {
    throw new DOMException('denied', 'QuotaExceededError');
  };
  vi.stubGlobal('localStorage', { getItem: (k: string) => real.getItem(k), setItem: refuse, removeItem: refuse });
}

describe('settings', () => {
  it('are the defaults, the on-device grader, before anything was saved', () => {
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    // A local model server, no key and no plain HTTP beyond it until the learner says so.
    expect(DEFAULT_SETTINGS).toEqual({
      engine: 'embedded',
      preset: 'ollama',
      llm: { baseURL: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: '', allowHttp: false },
      llmPersona: true,
      lowPressure: false,
      selfAssess: false,
      weeklyGoal: 3,
    });
  });

  it('round-trip through storage, API key included (it is kept here and nowhere else)', () => {
    expect(saveSettings(llmSettings)).toBe(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(llmSettings);
    expect(loadSettings()).toEqual(llmSettings);
  });

  it('read settings saved by an earlier version, filling in what it did not have', () => {
    const { lowPressure: _l, selfAssess: _s, weeklyGoal: _w, ...older } = llmSettings;
    localStorage.setItem(KEY, JSON.stringify({ ...older, llm: { ...older.llm, allowHttp: undefined } }));
    expect(loadSettings()).toEqual({
      ...llmSettings,
      lowPressure: false,
      selfAssess: false,
      weeklyGoal: 3,
      llm: { ...llmSettings.llm, allowHttp: false },
    });
  });

  it.each([
    ['text that is not JSON', '{oops'],
    ['an engine this version lacks', JSON.stringify({ ...llmSettings, engine: 'cloud' })],
    ['a weekly goal past seven days', JSON.stringify({ ...llmSettings, weeklyGoal: 8 })],
    ['an empty value', ''],
  ])('fall back to the defaults for %s', (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('give the same object until they change, so React does not re-render for nothing', () => {
    saveSettings(llmSettings);
    const first = loadSettings();
    expect(loadSettings()).toBe(first);
    saveSettings({ ...llmSettings, weeklyGoal: 6 });
    const second = loadSettings();
    expect(second).not.toBe(first);
    expect(second.weeklyGoal).toBe(6);
    // Changed in another tab: the stored text differs, so they are read again.
    localStorage.setItem(KEY, JSON.stringify({ ...llmSettings, weeklyGoal: 2 }));
    expect(loadSettings().weeklyGoal).toBe(2);
  });

  it('update only what is given, over the saved ones', () => {
    saveSettings(llmSettings);
    expect(updateSettings({ lowPressure: true })).toBe(true);
    expect(loadSettings()).toEqual({ ...llmSettings, lowPressure: true });
  });

  it('tell listeners of every save, update and clear, until they stop listening', () => {
    const listener = vi.fn();
    const stop = onSettingsChange(listener);
    saveSettings(llmSettings);
    updateSettings({ selfAssess: true });
    clearSettings();
    expect(listener).toHaveBeenCalledTimes(3);
    stop();
    saveSettings(llmSettings);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('refuse to save what does not parse, and keep the saved ones', () => {
    saveSettings(llmSettings);
    const listener = vi.fn();
    const stop = onSettingsChange(listener);
    expect(saveSettings({ ...llmSettings, weeklyGoal: 0 })).toBe(false);
    expect(updateSettings({ engine: 'cloud' as Settings['engine'] })).toBe(false);
    expect(loadSettings()).toEqual(llmSettings);
    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it('say so when the browser refuses to store them, and clearing still tells listeners', () => {
    saveSettings(llmSettings);
    refuseWrites();
    const listener = vi.fn();
    const stop = onSettingsChange(listener);
    expect(saveSettings(DEFAULT_SETTINGS)).toBe(false);
    expect(updateSettings({ weeklyGoal: 7 })).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(() => clearSettings()).not.toThrow();
    expect(listener).toHaveBeenCalledOnce();
    expect(loadSettings()).toEqual(llmSettings);
    stop();
  });

  it('are the defaults where storage cannot be read', () => {
    saveSettings(llmSettings);
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('forget the API key when cleared', () => {
    saveSettings(llmSettings);
    clearSettings();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the connection test after a reload', () => {
  it('runs once after it was asked for, and not otherwise', () => {
    expect(takeTestAfterReload()).toBe(false);
    testAfterReload();
    expect(takeTestAfterReload()).toBe(true);
    expect(takeTestAfterReload()).toBe(false);
  });

  it('is not run for a mark it did not set', () => {
    sessionStorage.setItem('rapport.testAfterReload', 'yes');
    expect(takeTestAfterReload()).toBe(false);
  });
});

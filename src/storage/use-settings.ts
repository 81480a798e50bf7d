import { useSyncExternalStore } from 'react';
import { loadSettings, onSettingsChange, saveSettings, updateSettings, type Settings } from './settings';

/**
 * The learner's settings, the one way components read and write them: every component that shows a
 * setting re-renders when it changes, wherever it was changed (Settings, "Delete everything").
 */
export function useSettings(): {
  settings: Settings;
  /** Replaces the saved settings; false when the browser refuses to store them. */
  save: (settings: Settings) => boolean;
  /** Saves some settings over the saved ones. */
  update: (patch: Partial<Settings>) => boolean;
} {
  const settings = useSyncExternalStore(onSettingsChange, loadSettings, loadSettings);
  return { settings, save: saveSettings, update: updateSettings };
}

/**
 * Today's chosen scenario, pinned for the day in localStorage so it stays the same all day even
 * after practising changes the history it was chosen from. "Something else" moves the pin on.
 */
const KEY = 'rapport.today';

interface Pin {
  day: string;
  scenarioId: string;
  /** How many times "something else" was chosen today. */
  skips: number;
}

export function loadTodayPin(day: string): Pin | null {
  try {
    const pin = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Pin> | null;
    return pin && pin.day === day && typeof pin.scenarioId === 'string'
      ? { day, scenarioId: pin.scenarioId, skips: Number(pin.skips) || 0 }
      : null;
  } catch {
    return null;
  }
}

export function saveTodayPin(pin: Pin): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(pin));
  } catch {
    // Without storage the choice is recomputed; it is still stable within the day.
  }
}

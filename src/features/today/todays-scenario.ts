import type { Scenario } from '../../scenario/scenario.schema';
import { dayNumber } from './days';

/**
 * Today's scenario: the library (in a stable order) walked one step a day, so the choice is the
 * same all day and changes tomorrow. Choosing by weakest skill and spacing comes with history.
 */
export function todaysScenario(scenarios: readonly Scenario[], today: string): Scenario | undefined {
  if (scenarios.length === 0) return undefined;
  const ordered = [...scenarios].sort((a, b) => a.id.localeCompare(b.id));
  return ordered[dayNumber(today) % ordered.length];
}

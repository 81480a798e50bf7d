import { createContext, useContext } from 'react';

/** Low-pressure mode: scores and level numbers are hidden, and words describe how it went. */
export const LowPressureContext = createContext(false);

export function useLowPressure(): boolean {
  return useContext(LowPressureContext);
}

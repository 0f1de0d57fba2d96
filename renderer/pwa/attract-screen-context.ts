import { createContext, useContext, useEffect } from 'react';

/**
 * Lets the session tell the hosted PWA's update gate (update-gate.ts) whether the attract screen
 * shows. Null, and so a no-op, in Electron and wherever the service worker is off.
 */
export const AttractScreenContext = createContext<((onAttract: boolean) => void) | null>(null);

export function useReportAttractScreen(onAttract: boolean): void {
  const report = useContext(AttractScreenContext);
  useEffect(() => report?.(onAttract), [report, onAttract]);
}

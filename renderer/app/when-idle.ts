import { useEffect, useState } from 'react';

/** The next idle period (a timer where requestIdleCallback is missing, as in jsdom). */
export const whenIdle = (): Promise<void> =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 2_000 })
      : setTimeout(resolve, 0),
  );

/**
 * True once the page has been idle while `active`: for work that may wait until the screen just
 * shown has been painted and nothing else is pending (it stays true while `active` stays true).
 */
export function useAfterIdle(active: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!active || idle) return;
    let live = true;
    void whenIdle().then(() => {
      if (live) setIdle(true);
    });
    return () => {
      live = false;
    };
  }, [active, idle]);
  return active && idle;
}

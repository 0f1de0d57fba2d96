import { useEffect, useState } from 'react';

/** A wait that began now: `ms` long, over at `until` (kiosk clock). */
export interface Wait {
  until: number;
  ms: number;
}

export const NO_WAIT: Wait = { until: 0, ms: 0 };

export const waitFor = (ms: number): Wait => ({ until: Date.now() + ms, ms });

/** Whole seconds left of the wait, ticking down; 0 once it is over. */
export function useCountdown(wait: Wait): number {
  const [clock, setClock] = useState({ until: wait.until, now: wait.until - wait.ms });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const now = Date.now();
      setClock({ until: wait.until, now });
      if (now < wait.until) timer = setTimeout(tick, 250);
    };
    timer = setTimeout(tick, 250);
    return () => clearTimeout(timer);
  }, [wait.until]);
  // Before the first tick of a new wait, the whole of it is left.
  const now = clock.until === wait.until ? clock.now : wait.until - wait.ms;
  return Math.max(0, Math.ceil((wait.until - now) / 1000));
}

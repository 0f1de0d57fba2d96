import { useEffect, useState } from 'react';

/** Whole seconds left until `deadline` on the `now` clock, refreshed four times a second. */
export function useCountdown(deadline: number, now: () => number): number {
  const left = () => Math.max(0, Math.ceil((deadline - now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const tick = () => setSeconds(Math.max(0, Math.ceil((deadline - now()) / 1000)));
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [deadline, now]);
  return seconds;
}

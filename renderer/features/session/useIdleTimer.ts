import { useEffect, useState, useSyncExternalStore } from 'react';
import type { IdlePhase, IdleTimings } from '../../../shared/session/idle-machine';
import { createIdleTimer, type IdleClock, type IdleTimer } from '../../../shared/session/idle-timer';

/**
 * The idle timer for the composition root: any touch, pointer move, scroll or key anywhere in the
 * window counts as the resident being there. Listeners are passive and only move a deadline, so
 * they cost nothing per event; React re-renders only when the phase changes.
 */
const POINTER_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll'] as const;

export const browserIdleClock: IdleClock = {
  // Monotonic: a clock correction (NTP after the network returns) neither ends nor stretches a session.
  now: () => performance.now(),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
};

export function useIdleTimer(
  timings: IdleTimings,
  onExpire: () => void,
  clock: IdleClock = browserIdleClock,
): { timer: IdleTimer; phase: IdlePhase } {
  // Creating the timer has no side effects; start() below arms it (and StrictMode's re-run re-arms it).
  const [timer] = useState(() => createIdleTimer(timings, clock));
  useEffect(() => timer.onExpired(onExpire), [timer, onExpire]);
  useEffect(() => {
    const onPointer = () => timer.send('activity');
    const onKey = () => timer.send('key');
    const options = { capture: true, passive: true } as const;
    timer.start();
    for (const type of POINTER_EVENTS) document.addEventListener(type, onPointer, options);
    document.addEventListener('keydown', onKey, options);
    return () => {
      timer.stop();
      for (const type of POINTER_EVENTS) document.removeEventListener(type, onPointer, options);
      document.removeEventListener('keydown', onKey, options);
    };
  }, [timer]);
  const phase = useSyncExternalStore(timer.subscribe, timer.getPhase);
  return { timer, phase };
}

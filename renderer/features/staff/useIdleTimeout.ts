import { useEffect, useRef } from 'react';

/**
 * Calls `onIdle` after `ms` without a touch, click or key anywhere on the page: the staff screens
 * close themselves when staff walk away, so the next resident never finds them open.
 */
export function useIdleTimeout(ms: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });
  useEffect(() => {
    let timer = setTimeout(() => latest.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    const events = ['pointerdown', 'keydown'] as const;
    for (const name of events) document.addEventListener(name, restart, true);
    return () => {
      clearTimeout(timer);
      for (const name of events) document.removeEventListener(name, restart, true);
    };
  }, [ms]);
}

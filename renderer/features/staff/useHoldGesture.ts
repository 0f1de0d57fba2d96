import { useEffect, useRef, type PointerEvent } from 'react';

/**
 * Press and hold with one finger, without moving, for `holdMs`: the staff gesture. Residents tap,
 * and a tap (shorter than the hold) is handed on as a tap; sliding off, a second finger or a
 * cancelled touch gives neither. One finger and no path, so it needs no dexterity (EN 301 549
 * 5.5.1, 5.9), and it is hard to do by accident: an impatient resident taps again, they do not
 * hold still on an empty corner for three seconds.
 */
export const STAFF_HOLD_MS = 3_000;
/** A finger drifts a little while held; more than this is a swipe, not a hold. */
export const HOLD_SLOP_PX = 24;

export interface HoldGestureOptions {
  onHold: () => void;
  /** A short tap: handed on (the corner is still part of the attract screen). */
  onTap?: () => void;
  /** The finger went down: a chance to start loading what the hold will open. */
  onPress?: () => void;
  holdMs?: number;
}

interface Press {
  pointerId: number;
  x: number;
  y: number;
  timer: ReturnType<typeof setTimeout>;
  /** Held long enough, or spoiled (moved, second finger): no tap on release. */
  settled: boolean;
}

export function useHoldGesture({ onHold, onTap, onPress, holdMs = STAFF_HOLD_MS }: HoldGestureOptions) {
  const press = useRef<Press | null>(null);
  const latest = useRef({ onHold, onTap });
  useEffect(() => {
    latest.current = { onHold, onTap };
  });
  // Unmounted mid-hold (the screen changed): the timer must not fire into a screen that is gone.
  useEffect(() => {
    const current = press;
    return () => clearTimeout(current.current?.timer);
  }, []);
  const spoil = () => {
    if (!press.current) return;
    clearTimeout(press.current.timer);
    press.current.settled = true;
  };

  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      // A second finger while one is held: a palm or a pinch, never the gesture.
      if (press.current || event.isPrimary === false) return spoil();
      const timer = setTimeout(() => {
        if (!press.current || press.current.settled) return;
        press.current.settled = true;
        latest.current.onHold();
      }, holdMs);
      press.current = {
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        timer,
        settled: false,
      };
      onPress?.();
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const held = press.current;
      if (!held || held.pointerId !== event.pointerId) return;
      if (Math.hypot(event.clientX - held.x, event.clientY - held.y) > HOLD_SLOP_PX) spoil();
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const held = press.current;
      if (!held || held.pointerId !== event.pointerId) return;
      clearTimeout(held.timer);
      press.current = null;
      if (!held.settled) latest.current.onTap?.();
    },
    onPointerCancel: () => {
      spoil();
      press.current = null;
    },
    onPointerLeave: () => spoil(),
    // A long touch would otherwise open the context menu (or select text) in Chromium.
    onContextMenu: (event: { preventDefault(): void }) => event.preventDefault(),
  };
}

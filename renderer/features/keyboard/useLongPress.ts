import { useEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react';

/**
 * Tap and press-and-hold on one key, with pointer events so a finger, a mouse and a pen all work.
 * A tap acts on click (so Enter and Space on a focused key work too); a hold of `delayMs` acts at
 * once and the click that may follow it is swallowed. A pointer's click counts only if the pointer
 * went down on this key: when a hold opens the accent picker under the finger, Chromium still
 * sends the release's click to whichever picker key is now there. `pressed` drives the visible
 * pressed state, which :active alone does not give once pointerdown's default is prevented.
 */
export function useLongPress({
  onTap,
  onLongPress,
  delayMs,
}: {
  onTap: () => void;
  onLongPress?: () => void;
  delayMs: number;
}) {
  const [pressed, setPressed] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  /** A pointer went down on this key and has not yet clicked or held. */
  const armed = useRef(false);

  const stopTimer = () => {
    if (timer.current !== undefined) window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => stopTimer, []);

  const release = () => {
    stopTimer();
    setPressed(false);
  };

  return {
    pressed,
    handlers: {
      onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
        // Keeps the focus (and the caret) in the text field the keyboard types into.
        event.preventDefault();
        armed.current = true;
        setPressed(true);
        stopTimer();
        if (onLongPress) {
          timer.current = window.setTimeout(() => {
            timer.current = undefined;
            armed.current = false;
            setPressed(false);
            onLongPress();
          }, delayMs);
        }
      },
      onPointerUp: release,
      onPointerLeave: release,
      onPointerCancel: release,
      // A held finger would otherwise open the browser's context menu.
      onContextMenu: (event: MouseEvent<HTMLButtonElement>) => event.preventDefault(),
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        // detail 0: a click from Enter or Space, with no pointer involved.
        const fromPointer = event.detail !== 0;
        if (fromPointer && !armed.current) return;
        armed.current = false;
        onTap();
      },
    },
  };
}

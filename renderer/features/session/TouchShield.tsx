import { useEffect, useRef, type ComponentPropsWithRef } from 'react';

/**
 * A full-screen layer that takes a whole touch for itself. The layer stays until the touch has
 * ended (its click), so the pointerup and click of that touch cannot land on whatever lies
 * underneath once the layer is gone: the first touch on a dimmed screen only wakes it, and a
 * tap on the idle warning only extends the session. If a touch ends without a click (the finger
 * slid away), the layer answers shortly after the finger lifts.
 */
const NO_CLICK_MS = 500;

export function TouchShield({
  onTouch,
  className,
  ...props
}: { onTouch: () => void } & Omit<
  ComponentPropsWithRef<'div'>,
  'onClick' | 'onPointerDown' | 'onPointerUp' | 'onPointerCancel'
>) {
  const fallback = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(fallback.current), []);
  const touched = () => {
    window.clearTimeout(fallback.current);
    onTouch();
  };
  const lifted = () => {
    window.clearTimeout(fallback.current);
    fallback.current = window.setTimeout(onTouch, NO_CLICK_MS);
  };
  return (
    <div
      {...props}
      className={`touch-shield${className ? ` ${className}` : ''}`}
      // On the layer itself: no focus change, no text selection. A button inside still gets its press.
      onPointerDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
      onPointerUp={lifted}
      onPointerCancel={lifted}
      // Every click inside (the layer, the dialog, its button, a key on the button) is the answer.
      onClick={touched}
    />
  );
}

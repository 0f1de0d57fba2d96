import type { ReactNode } from 'react';
import { useLongPress } from './useLongPress';

/**
 * One key: a real <button type="button"> with an accessible name, at least 64 × 64 px
 * (keyboard.css), a visible pressed state, and an optional press-and-hold action.
 */
export function KeyButton({
  children,
  name,
  onPress,
  onLongPress,
  longPressMs = 500,
  className,
  inactive = false,
  pressed,
  describedBy,
  dataKey,
  dataState,
}: {
  /** What the key shows. */
  children: ReactNode;
  /** The accessible name when it is not the text shown; it should contain that text. */
  name?: string;
  onPress: () => void;
  onLongPress?: () => void;
  longPressMs?: number;
  className?: string;
  /** Shown dimmed and does nothing (aria-disabled, so a tap on it still cannot blur the field). */
  inactive?: boolean;
  /** For toggles (shift, input method): aria-pressed. */
  pressed?: boolean;
  describedBy?: string;
  /** The character the key types, for tests and page objects that cannot rely on a label. */
  dataKey?: string;
  /** A state a label cannot show exactly (the shift key's off / once / caps). */
  dataState?: string;
}) {
  const press = useLongPress({
    onTap: () => {
      if (!inactive) onPress();
    },
    onLongPress: onLongPress && !inactive ? onLongPress : undefined,
    delayMs: longPressMs,
  });
  const classes = ['osk-key', className, press.pressed && !inactive && 'osk-key-down']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-label={name}
      aria-pressed={pressed}
      aria-disabled={inactive || undefined}
      aria-describedby={describedBy}
      data-key={dataKey}
      data-state={dataState}
      {...press.handlers}
    >
      {children}
    </button>
  );
}

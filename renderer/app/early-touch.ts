import { ATTRACT_TOUCH_CLASS } from '../features/attract/attract-shown';

/**
 * The attract screen is prerendered into index.html, so it is on screen before React has loaded.
 * A touch in that moment is remembered here, by the entry module, and begins the session as soon
 * as the app is ready (app/KioskBoot.tsx) instead of being lost.
 */
let touched = false;

const onClick = (event: MouseEvent) => {
  if (event.target instanceof Element && event.target.closest(`.${ATTRACT_TOUCH_CLASS}`)) touched = true;
};

export function listenForEarlyTouch(): void {
  document.addEventListener('click', onClick, true);
}

/** Called once, when the app takes the screen over: its own handlers take every later touch. */
export function takeEarlyTouch(): boolean {
  document.removeEventListener('click', onClick, true);
  return touched;
}

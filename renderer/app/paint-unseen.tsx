import { Activity, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenIdle } from './when-idle';

/**
 * The layer a copy is painted in: over everything, drawn at opacity 1/255 (so Chromium lays it out
 * and rasterises its text, which it skips at opacity 0) yet no pixel moves by more than one level
 * of 255; out of reach of touches, focus and screen readers.
 */
const UNSEEN_LAYER =
  'position:fixed;inset:0;overflow:hidden;contain:strict;opacity:0.004;pointer-events:none;z-index:2147483647';

/** Idle periods to wait for React's hidden render (it runs at the lowest priority) before giving up. */
const MAX_IDLE_WAITS = 20;

/**
 * Frames to keep the copy on screen: the frame that shows it is rasterised before the next one is
 * committed, so the copy goes in the third.
 */
const FRAMES_SHOWN = 3;

/**
 * Renders `node` the way a screen would be and paints a static copy of it once, unseen, then
 * removes both. What a browser learns the first time it shows a screen it keeps for later ones:
 * the font files and sizes looked up, the words shaped, the glyphs rasterised. In a fresh kiosk
 * those first-time costs made the first taps of the first resident after a power cut 8–16 ms
 * slower than the same taps later (bench/workloads/tap-to-frame.ts, traces of the taps).
 *
 * The node renders inside a hidden Activity, in a root of its own: its effects never run (no
 * focus taken, nothing read aloud, no subscription), and its DOM never enters the page. The copy
 * has no React behind it, no ids or names to clash with the real screen's, and is inert.
 * Resolves false when `keepGoing` turned false on the way (a resident touched the screen).
 */
export async function paintUnseen(node: ReactNode, keepGoing: () => boolean): Promise<boolean> {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    root.render(<Activity mode="hidden">{node}</Activity>);
    for (let wait = 0; wait < MAX_IDLE_WAITS && host.childElementCount === 0; wait++) await whenIdle();
    if (host.childElementCount === 0 || !keepGoing()) return false;
    const layer = unseenCopy(host);
    document.body.append(layer);
    try {
      for (let frame = 0; frame < FRAMES_SHOWN; frame++) await nextFrame();
    } finally {
      layer.remove();
    }
    return keepGoing();
  } finally {
    root.unmount();
  }
}

function unseenCopy(host: HTMLElement): HTMLElement {
  const layer = document.createElement('div');
  layer.setAttribute('aria-hidden', 'true');
  layer.inert = true;
  layer.style.cssText = UNSEEN_LAYER;
  for (const child of host.children) {
    const copy = child.cloneNode(true) as HTMLElement;
    // Activity hides its content with display: none; the copy is laid out like the real screen.
    copy.style.removeProperty('display');
    layer.append(copy);
  }
  // An id twice in the page would confuse labels; a radio's name would join the real screen's group.
  for (const element of layer.querySelectorAll('[id], [name]')) {
    element.removeAttribute('id');
    element.removeAttribute('name');
  }
  return layer;
}

/** The next animation frame, or 100 ms where frames do not run (a hidden page, jsdom). */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
  });

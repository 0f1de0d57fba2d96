/**
 * The attract screen's touch target: how the entry module recognises an early touch
 * (app/early-touch.ts) and how start-up work tells that the kiosk is still waiting for a resident.
 */
export const ATTRACT_TOUCH_CLASS = 'attract-touch';

/**
 * True while the attract screen is on screen, React's or the copy prerendered into index.html:
 * the kiosk is waiting for a resident, and work that must not slow a resident down may run.
 */
export const attractScreenShown = (): boolean => document.querySelector(`.${ATTRACT_TOUCH_CLASS}`) !== null;

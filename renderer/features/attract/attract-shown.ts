/**
 * True while the attract screen is on screen, React's or the copy prerendered into index.html:
 * the kiosk is waiting for a resident, and work that must not slow a resident down may run.
 */
export const attractScreenShown = (): boolean => document.querySelector('.attract-touch') !== null;

/**
 * Browser implementations of the sync engine's edges: a cross-tab Web Lock so
 * only one delivery loop runs per kiosk, and the page's timers.
 */
export const SYNC_LOCK_NAME = 'mot-cua-kiosk-sync';

export async function withWebLock(task: () => Promise<void>): Promise<boolean> {
  if (!('locks' in navigator)) {
    await task();
    return true;
  }
  return navigator.locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await task();
    return true;
  });
}

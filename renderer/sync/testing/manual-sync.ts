import type { SyncEngineDeps } from '../sync-engine';

/**
 * For tests: a sync engine that runs only when the test kicks it. The cross-tab lock is always
 * granted at once and no retry timer is ever set, so a pass is `sync.kick(); await sync.idle()`.
 */
export const MANUAL_SYNC: Pick<SyncEngineDeps, 'withLock' | 'setTimer' | 'clearTimer'> = {
  withLock: async (task) => {
    await task();
    return true;
  },
  setTimer: () => 0,
  clearTimer: () => undefined,
};

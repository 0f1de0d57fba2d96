import type { SessionActivity } from '../../shared/session/session-ipc';

/**
 * Keeps the display awake while a resident is using the kiosk, and lets the OS power policy
 * apply again between residents (the renderer dims the idle attract screen itself). Electron's
 * powerSaveBlocker is injected, so tests run this with a fake.
 */
export type PowerSaveBlockerLike = {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
};

export type SessionActivityHandler = (activity: SessionActivity) => void;

export function createSessionActivity(deps: {
  /** A getter: Electron's powerSaveBlocker is touched only once a session starts (after 'ready'). */
  powerSaveBlocker: () => PowerSaveBlockerLike;
}): SessionActivityHandler {
  let blocker: number | null = null;
  return (activity) => {
    const power = deps.powerSaveBlocker();
    if (activity === 'active') {
      // One blocker per session, however often the renderer repeats itself.
      if (blocker === null || !power.isStarted(blocker)) blocker = power.start('prevent-display-sleep');
    } else if (blocker !== null) {
      power.stop(blocker);
      blocker = null;
    }
  };
}

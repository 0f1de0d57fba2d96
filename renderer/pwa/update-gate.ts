/**
 * Applies a new version of the hosted PWA only between residents: Workbox reports a new service
 * worker `waiting`; it is told to take over (SKIP_WAITING) only while the attract screen shows, and
 * the page reloads once it controls the page, again only on the attract screen. A resident in the
 * middle of a form keeps the version they started with, and their answers.
 */
export type WorkboxEvents = {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
};

export type UpdateGate = {
  /** KioskApp reports every change between the attract screen and a resident's session. */
  setOnAttract(onAttract: boolean): void;
};

export function createUpdateGate(deps: {
  workbox: WorkboxEvents;
  reload: () => void;
  log?: (event: string) => void;
}): UpdateGate {
  // Unknown until KioskApp reports: nothing is applied before the app has said where it is.
  let onAttract = false;
  let waiting = false;
  let activating = false;
  let reloadDue = false;

  const apply = () => {
    if (!onAttract) return;
    if (reloadDue) {
      reloadDue = false;
      deps.log?.('pwa.update_applied');
      deps.reload();
    } else if (waiting && !activating) {
      waiting = false;
      activating = true;
      deps.log?.('pwa.update_activating');
      deps.workbox.messageSkipWaiting();
    }
  };

  deps.workbox.addEventListener('waiting', () => {
    waiting = true;
    deps.log?.('pwa.update_waiting');
    apply();
  });
  // Also fired when the first install claims the page: only a takeover we asked for reloads.
  deps.workbox.addEventListener('controlling', () => {
    if (!activating) return;
    activating = false;
    reloadDue = true;
    apply();
  });

  return {
    setOnAttract(value) {
      onAttract = value;
      apply();
    },
  };
}

import { Workbox } from 'workbox-window';
import { createUpdateGate } from './update-gate';

/**
 * Registers the hosted PWA's service worker (renderer/sw/sw.ts, built to sw.js beside index.html)
 * and returns what the attract screen reports to. Loaded only when the provisioning file turns
 * `serviceWorker` on, so Electron's app:// never registers one (Cache Storage refuses its URLs).
 */
const UPDATE_CHECK_EVERY_MS = 30 * 60_000;

export function canUseServiceWorker(location: Location, navigator: Navigator): boolean {
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);
  return (
    'serviceWorker' in navigator &&
    (location.protocol === 'https:' || (location.protocol === 'http:' && loopback))
  );
}

export function startPwaUpdates(log: (event: string) => void): ((onAttract: boolean) => void) | null {
  if (!canUseServiceWorker(window.location, window.navigator)) {
    log('pwa.unavailable');
    return null;
  }
  const workbox = new Workbox('./sw.js');
  const gate = createUpdateGate({ workbox, reload: () => window.location.reload(), log });
  workbox.register().catch(() => log('pwa.register_failed'));
  // A kiosk page stays open for days: browsers check for a new worker only on navigations.
  window.setInterval(() => void workbox.update().catch(() => undefined), UPDATE_CHECK_EVERY_MS);
  return (onAttract) => gate.setOnAttract(onAttract);
}

import { BRIDGE_GLOBAL, type KioskBridge } from '../../shared/ipc/contract';
import { createBridge } from '../../shared/ipc/create-bridge';

/**
 * Finds the bridge to the main-process services. In Electron the preload installs
 * it (and a test harness does the same in plain Chromium); in a plain browser
 * beside the local dev host, the same contract travels over same-origin HTTP.
 */
export const DEV_HOST_BRIDGE_PATH = '/__kiosk-bridge/';

export function getKioskBridge(): KioskBridge {
  const installed = (window as unknown as Record<string, KioskBridge | undefined>)[BRIDGE_GLOBAL];
  if (installed) return installed;
  return createBridge(async (channel, args) => {
    const response = await fetch(DEV_HOST_BRIDGE_PATH + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    if (!response.ok) throw new Error(`bridge call ${channel} failed with HTTP ${response.status}`);
    return response.json();
  });
}

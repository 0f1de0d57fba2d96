// Installs the KioskBridge in a plain Chromium page the way Electron's preload
// does: one function per IPC contract method under window.kiosk, each call going
// to the real main-process router running in this Node process (a CDP binding,
// which, like IPC, is not affected by network emulation).
import type { BrowserContext } from 'playwright-core';
import { BRIDGE_GLOBAL, IPC_CONTRACT, IPC_METHODS } from '../../../shared/ipc/contract';
import type { IpcRouter } from '../../../electron/ipc-router';

const BINDING = '__kioskIpc';

export async function installBridge(context: BrowserContext, router: IpcRouter): Promise<void> {
  await context.exposeBinding(BINDING, (source, channel: string, args: unknown[]) =>
    router.handle(channel, args, source.frame.url()),
  );
  const channels = Object.fromEntries(IPC_METHODS.map((m) => [m, IPC_CONTRACT[m].channel]));
  // Plain source text, not a function: tsx (chaos runs, benchmarks) would wrap a named arrow in a
  // `__name` helper the page does not have, the script would throw, and the page would silently
  // fall back to the dev host's HTTP bridge (with the host's journal instead of this profile's).
  await context.addInitScript({
    content: `(() => {
      const binding = ${JSON.stringify(BINDING)};
      const methods = ${JSON.stringify(channels)};
      const bridge = {};
      for (const [method, channel] of Object.entries(methods)) {
        bridge[method] = (...args) =>
          typeof window[binding] === 'function'
            ? window[binding](channel, args)
            : Promise.reject(new Error('kiosk bridge binding missing'));
      }
      Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, {
        value: Object.freeze(bridge),
        writable: false,
        configurable: false,
      });
    })();`,
  });
}

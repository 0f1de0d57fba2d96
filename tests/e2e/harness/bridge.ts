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
  await context.addInitScript(
    ({ global, binding, methods }) => {
      const call = (channel: string, args: unknown[]) => {
        const invoke = (
          window as unknown as Record<string, ((c: string, a: unknown[]) => Promise<unknown>) | undefined>
        )[binding];
        return invoke ? invoke(channel, args) : Promise.reject(new Error('kiosk bridge binding missing'));
      };
      const bridge = Object.fromEntries(
        Object.entries(methods).map(([method, channel]) => [
          method,
          (...args: unknown[]) => call(channel, args),
        ]),
      );
      Object.defineProperty(window, global, {
        value: Object.freeze(bridge),
        writable: false,
        configurable: false,
      });
    },
    { global: BRIDGE_GLOBAL, binding: BINDING, methods: channels },
  );
}

import { IPC_CONTRACT, IPC_METHODS, type IpcMethod, type KioskBridge } from './contract';

/**
 * Builds a `KioskBridge` over any transport (Electron's ipcRenderer.invoke, a test
 * harness binding, HTTP to the dev host): one function per contract method, with
 * arguments checked before sending and results checked on arrival.
 */
export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;

export function createBridge(invoke: Invoke): KioskBridge {
  const entries = IPC_METHODS.map((method: IpcMethod) => {
    const { channel, args: argsSchema, result: resultSchema } = IPC_CONTRACT[method];
    const call = async (...args: unknown[]) => {
      const checkedArgs = argsSchema.parse(args) as unknown[];
      return resultSchema.parse(await invoke(channel, checkedArgs));
    };
    return [method, call] as const;
  });
  return Object.freeze(Object.fromEntries(entries)) as unknown as KioskBridge;
}

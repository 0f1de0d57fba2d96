import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_CONTRACT, IPC_METHODS } from '../shared/ipc/contract';

// The real 'electron' package cannot load here; the preload only needs these two objects.
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => null),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: { invoke: fake.invoke, send: vi.fn(), on: vi.fn() },
}));

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;

describe('preload', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    await import('./preload');
    bridge = fake.exposed.get(BRIDGE_GLOBAL) as Bridge;
  });

  it('exposes exactly one global, window.kiosk', () => {
    expect([...fake.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes exactly the contract methods, all functions, frozen', () => {
    expect(Object.keys(bridge).sort()).toEqual([...IPC_METHODS].sort());
    for (const method of IPC_METHODS) expect(typeof bridge[method]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('calls through ipcRenderer.invoke on the contract channel', async () => {
    fake.invoke.mockResolvedValueOnce({ version: '0.1.0', shell: 'electron' });
    await expect(bridge['getAppInfo']?.()).resolves.toEqual({ version: '0.1.0', shell: 'electron' });
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CONTRACT.getAppInfo.channel);

    const entry = { level: 'info', event: 'app.ready' };
    fake.invoke.mockResolvedValueOnce(null);
    await expect(bridge['log']?.(entry)).resolves.toBeNull();
    expect(fake.invoke).toHaveBeenLastCalledWith(IPC_CONTRACT.log.channel, entry);
  });

  it('refuses bad arguments before they cross, and bad results after', async () => {
    fake.invoke.mockClear();
    await expect(bridge['log']?.({ level: 'info', event: 'x', text: 'free text' })).rejects.toThrow();
    expect(fake.invoke).not.toHaveBeenCalled();
    fake.invoke.mockResolvedValueOnce({ version: 1 });
    await expect(bridge['getAppInfo']?.()).rejects.toThrow();
  });

  it('returns plain data, never the IPC event or ipcRenderer', async () => {
    fake.invoke.mockResolvedValueOnce(null);
    const result = await bridge['log']?.({ level: 'warn', event: 'x' });
    expect(result).toBeNull();
  });
});

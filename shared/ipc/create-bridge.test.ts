import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_CONTRACT, IPC_METHODS } from './contract';
import { createBridge, type Invoke } from './create-bridge';

const CONFIG_OK = {
  ok: true,
  config: {
    kioskId: 'HN-HK-001',
    wardCode: '00070',
    cityApiUrl: 'https://api.example.vn',
    cityPublicKey: 'public key',
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    syncProbeGapSeconds: 360,
  },
};

/** A transport that answers every channel with a valid result, and records the calls. */
function fakeInvoke(overrides: Record<string, unknown> = {}) {
  const results: Record<string, unknown> = {
    'kiosk:get-config': CONFIG_OK,
    'kiosk:get-app-info': { version: '0.1.0', shell: 'browser' },
    'kiosk:log': null,
    ...overrides,
  };
  return vi.fn<Invoke>(async (channel) => results[channel]);
}

describe('IPC contract', () => {
  it('gives every method its own channel', () => {
    expect(IPC_CHANNELS.size).toBe(IPC_METHODS.length);
    for (const method of IPC_METHODS) expect(IPC_CONTRACT[method].channel).toMatch(/^kiosk:[a-z-]+$/);
  });
});

describe('createBridge', () => {
  it("exposes exactly the contract's methods, frozen", () => {
    const bridge = createBridge(fakeInvoke());
    expect(Object.keys(bridge).sort()).toEqual([...IPC_METHODS].sort());
    for (const method of IPC_METHODS) expect(typeof bridge[method]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('passes the channel and the arguments through, and returns the result', async () => {
    const invoke = fakeInvoke();
    const bridge = createBridge(invoke);
    const entry = { level: 'info', event: 'session.start', data: { step: 1, ok: true } } as const;

    await expect(bridge.log(entry)).resolves.toBeNull();
    expect(invoke).toHaveBeenLastCalledWith('kiosk:log', [entry]);

    await expect(bridge.getConfig()).resolves.toEqual(CONFIG_OK);
    expect(invoke).toHaveBeenLastCalledWith('kiosk:get-config', []);

    await expect(bridge.getAppInfo()).resolves.toEqual({ version: '0.1.0', shell: 'browser' });
    expect(invoke).toHaveBeenLastCalledWith('kiosk:get-app-info', []);
    expect(invoke).toHaveBeenCalledTimes(3);
  });

  it('rejects bad arguments before anything is sent', async () => {
    const invoke = fakeInvoke();
    const bridge = createBridge(invoke) as unknown as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    const bad: [string, unknown[]][] = [
      ['log', []],
      ['log', [{ level: 'debug', event: 'x' }]],
      ['log', [{ level: 'info', event: 'Free text with the resident’s name' }]],
      ['log', [{ level: 'info', event: 'x', data: { name: 'a'.repeat(121) } }]],
      ['log', [{ level: 'info', event: 'x', extra: 1 }]],
      ['log', [{ level: 'info', event: 'x' }, 'second argument']],
      ['getConfig', ['unexpected']],
      ['getAppInfo', [{}]],
    ];
    for (const [method, args] of bad) {
      await expect(
        Promise.resolve().then(() => bridge[method]?.(...args)),
        `${method}(${JSON.stringify(args)})`,
      ).rejects.toThrow();
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('rejects a bad result from the transport', async () => {
    const badResults: Record<string, unknown>[] = [
      { 'kiosk:get-app-info': { version: '0.1.0', shell: 'android' } },
      { 'kiosk:get-app-info': undefined },
      { 'kiosk:get-config': { ok: true } },
      { 'kiosk:get-config': { ok: false, path: '/etc/kiosk.json', problems: [] } },
      { 'kiosk:log': 'done' },
    ];
    for (const override of badResults) {
      const bridge = createBridge(fakeInvoke(override));
      const [channel] = Object.keys(override);
      const method = IPC_METHODS.find((m) => IPC_CONTRACT[m].channel === channel) ?? 'unknown';
      const call =
        method === 'log'
          ? bridge.log({ level: 'info', event: 'x' })
          : method === 'unknown'
            ? Promise.resolve()
            : bridge[method]();
      await expect(call, channel).rejects.toThrow();
    }
  });

  it('passes a transport failure on unchanged', async () => {
    const failure = new Error('main process gone');
    const bridge = createBridge(async () => {
      throw failure;
    });
    await expect(bridge.getAppInfo()).rejects.toBe(failure);
  });
});

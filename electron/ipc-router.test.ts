import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../shared/app-origin';
import { IPC_CHANNELS, IPC_CONTRACT } from '../shared/ipc/contract';
import type { LogEntry } from '../shared/ipc/log-entry';
import { createIpcRouter, exactOriginPredicate, IpcRejection, type IpcHandlers } from './ipc-router';

const GOOD_CONFIG = {
  ok: true as const,
  config: {
    kioskId: 'HN-00001',
    wardCode: '00004',
    cityApiUrl: 'https://api',
    cityPublicKey: 'public key',
    defaultLocale: 'vi' as const,
    locales: ['vi' as const],
    syncProbeGapSeconds: 360,
  },
};

const setup = (overrides: Partial<IpcHandlers> = {}) => {
  const handlers = {
    getConfig: vi.fn(() => GOOD_CONFIG),
    getAppInfo: vi.fn(() => ({ version: '0.1.0', shell: 'electron' as const })),
    log: vi.fn(async (_entry: LogEntry) => null),
    ...overrides,
  };
  const log = vi.fn();
  const router = createIpcRouter(handlers as IpcHandlers, {
    isTrustedSender: exactOriginPredicate(APP_ORIGIN),
    log,
  });
  return { router, handlers, log };
};

const { getConfig, getAppInfo, log: logCall } = IPC_CONTRACT;

describe('createIpcRouter', () => {
  it('lists exactly the contract channels', () => {
    expect(new Set(setup().router.channels)).toEqual(IPC_CHANNELS);
  });

  it('answers a valid call with the validated result', async () => {
    const { router, handlers } = setup();
    await expect(router.handle(getConfig.channel, [], APP_ENTRY_URL)).resolves.toEqual(GOOD_CONFIG);
    await expect(router.handle(getAppInfo.channel, [], 'app://kiosk/')).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
    const entry = { level: 'info', event: 'wizard.step', data: { step: 2, ok: true } };
    await expect(router.handle(logCall.channel, [entry], APP_ENTRY_URL)).resolves.toBeNull();
    expect(handlers.log).toHaveBeenCalledWith(entry);
  });

  it.each([
    'kiosk:unknown',
    '',
    'kiosk:get-config ',
    'KIOSK:GET-CONFIG',
    '__proto__',
    'constructor',
    'toString',
  ])('rejects the unknown channel %j', async (channel) => {
    await expect(setup().router.handle(channel, [], APP_ENTRY_URL)).rejects.toThrow(/unknown channel/);
  });

  it.each([
    'https://evil.example/',
    'app://kiosk.evil/',
    'app://kiosk.evil.com/index.html',
    'app://evil@kiosk/',
    'app://kiosk:1/',
    'http://127.0.0.1:5173/',
    'file:///app/index.html',
    'about:blank',
    'devtools://devtools/',
    '',
    undefined,
  ])('rejects the untrusted sender %j before doing anything', async (sender) => {
    const { router, handlers, log } = setup();
    await expect(router.handle(getConfig.channel, [], sender)).rejects.toThrow(/untrusted sender/);
    await expect(router.handle('kiosk:nope', [], sender)).rejects.toThrow(/untrusted sender/);
    expect(handlers.getConfig).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ level: 'warn', event: 'ipc.rejected' }));
  });

  it.each([
    ['free text in the event', [{ level: 'info', event: 'Resident Nguyễn Văn A typed 0123456789' }]],
    ['an extra key', [{ level: 'info', event: 'ok', message: 'free text' }]],
    ['a wrong level', [{ level: 'debug', event: 'ok' }]],
    ['a wrong type', [{ level: 'info', event: 42 }]],
    ['a long data string', [{ level: 'info', event: 'ok', data: { note: 'x'.repeat(121) } }]],
    ['a nested data value', [{ level: 'info', event: 'ok', data: { answers: { name: 'A' } } }]],
    ['a bad data key', [{ level: 'info', event: 'ok', data: { 'họ tên': 'A' } }]],
    ['no entry', []],
    [
      'two entries',
      [
        { level: 'info', event: 'a' },
        { level: 'info', event: 'b' },
      ],
    ],
    ['null', [null]],
  ])('rejects log with %s', async (_label, args) => {
    const { router, handlers } = setup();
    await expect(router.handle(logCall.channel, args, APP_ENTRY_URL)).rejects.toThrow(/invalid arguments/);
    expect(handlers.log).not.toHaveBeenCalled();
  });

  it('rejects arguments to a no-argument method', async () => {
    const { router, handlers } = setup();
    await expect(router.handle(getConfig.channel, [{ path: '/etc/shadow' }], APP_ENTRY_URL)).rejects.toThrow(
      /invalid arguments/,
    );
    expect(handlers.getConfig).not.toHaveBeenCalled();
  });

  it('never sends a zod dump or the payload back', async () => {
    const secret = 'Nguyễn Văn A 001099012345';
    const error = await setup()
      .router.handle(logCall.channel, [{ level: 'info', event: secret }], APP_ENTRY_URL)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcRejection);
    expect((error as Error).message).toBe(`invalid arguments: ${logCall.channel}`);
    expect((error as Error).message).not.toContain(secret);
  });

  it('rejects a handler result that breaks the contract', async () => {
    const { router, log } = setup({ getAppInfo: () => ({ version: '1', shell: 'node' }) as never });
    await expect(router.handle(getAppInfo.channel, [], APP_ENTRY_URL)).rejects.toThrow(/invalid result/);
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({
        level: 'error',
        data: { channel: getAppInfo.channel, reason: 'invalid result' },
      }),
    );
  });

  it('hides a handler crash behind a short message', async () => {
    const { router } = setup({
      getConfig: () => {
        throw new Error('EACCES /etc/mot-cua-kiosk/secret');
      },
    });
    const error = (await router
      .handle(getConfig.channel, [], APP_ENTRY_URL)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(`handler failed: ${getConfig.channel}`);
  });

  it('keeps log lines valid for a very long channel name', async () => {
    const { router, log } = setup();
    await expect(router.handle('x'.repeat(10_000), [], APP_ENTRY_URL)).rejects.toThrow(/unknown channel/);
    const data = (log.mock.calls[0]?.[0] as LogEntry).data;
    expect(String(data?.['channel']).length).toBeLessThanOrEqual(100);
  });

  it('works without a log callback', async () => {
    const router = createIpcRouter(setup().handlers as IpcHandlers, { isTrustedSender: () => false });
    await expect(router.handle(getConfig.channel, [], APP_ENTRY_URL)).rejects.toThrow(/untrusted sender/);
  });
});

describe('exactOriginPredicate', () => {
  it('serves the Node harness: one exact http origin', () => {
    const trusted = exactOriginPredicate('http://127.0.0.1:4173');
    expect(trusted('http://127.0.0.1:4173/index.html')).toBe(true);
    expect(trusted('http://127.0.0.1:4174/')).toBe(false);
    expect(trusted('http://localhost:4173/')).toBe(false);
    expect(trusted(APP_ENTRY_URL)).toBe(false);
    expect(trusted(undefined)).toBe(false);
  });
});

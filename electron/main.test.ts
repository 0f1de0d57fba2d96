import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_SCHEME } from '../shared/app-origin';
import { IPC_CHANNELS, IPC_CONTRACT } from '../shared/ipc/contract';
import { APP_SCHEME_PRIVILEGES } from './protocol';

/** A stand-in for the whole 'electron' module, recording the order of calls. */
function makeFakeElectron(options: {
  appPath: string;
  version: string;
  isPackaged: boolean;
  lock?: boolean;
}) {
  const order: string[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = () => {
      order.push('ready');
      resolve();
    };
  });
  const appEvents = new EventEmitter();
  const windows: FakeWindow[] = [];

  class FakeWebContents extends EventEmitter {
    setWindowOpenHandler = vi.fn();
    setVisualZoomLevelLimits = vi.fn(() => Promise.resolve());
    isDestroyed = vi.fn(() => false);
    forcefullyCrashRenderer = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    removeMenu = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    loadURL = vi.fn(async (url: string) => void order.push(`loadURL ${url}`));
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
      // Real Electron announces every new webContents this way.
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged,
      getAppPath: () => options.appPath,
      getVersion: () => options.version,
      getPath: (name: string) => path.join('/tmp/fake-electron', name),
      requestSingleInstanceLock: vi.fn(() => {
        order.push('requestSingleInstanceLock');
        return options.lock ?? true;
      }),
      quit: vi.fn(),
      whenReady: vi.fn(() => ready),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.on(event, listener)),
      commandLine: { appendSwitch: vi.fn() },
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void order.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, _handler: unknown) => void order.push(`protocol.handle ${scheme}`)),
    },
    session: {
      defaultSession: Object.assign(new EventEmitter(), {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      }),
    },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
  };
  return { electron, order, markReady, appEvents, windows };
}

type Fake = ReturnType<typeof makeFakeElectron>;
const holder = vi.hoisted(() => ({ current: undefined as unknown as { electron: Record<string, unknown> } }));

vi.mock('electron', () => ({
  get app() {
    return holder.current.electron['app'];
  },
  get protocol() {
    return holder.current.electron['protocol'];
  },
  get session() {
    return holder.current.electron['session'];
  },
  get ipcMain() {
    return holder.current.electron['ipcMain'];
  },
  get BrowserWindow() {
    return holder.current.electron['BrowserWindow'];
  },
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function boot(options: Parameters<typeof makeFakeElectron>[0]): Promise<Fake> {
  const fake = makeFakeElectron(options);
  holder.current = fake;
  vi.resetModules();
  await import('./main');
  fake.markReady();
  await flush();
  return fake;
}

beforeEach(() => {
  vi.stubEnv('KIOSK_CONFIG', path.resolve('build/kiosk.config.example.json'));
  vi.stubEnv('KIOSK_DEV', '');
  vi.stubEnv('KIOSK_DEVTOOLS', '');
});
afterEach(() => vi.unstubAllEnvs());

const PACKAGED = { appPath: '/opt/mot-cua-kiosk/resources/app.asar', version: '0.1.0', isPackaged: true };

describe('main.ts wiring', () => {
  it('registers the privileged scheme before ready, and the handler after', async () => {
    const fake = await boot(PACKAGED);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
    ]);
    const at = (entry: string) => fake.order.indexOf(entry);
    expect(at('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(at('ready')).toBeLessThan(at(`protocol.handle ${APP_SCHEME}`));
    expect(at(`protocol.handle ${APP_SCHEME}`)).toBeLessThan(at(`loadURL ${APP_ENTRY_URL}`));
  });

  it('takes the single-instance lock and focuses the kiosk on a second launch', async () => {
    const fake = await boot(PACKAGED);
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    fake.appEvents.emit('second-instance');
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
  });

  it('quits without a window when another instance holds the lock', async () => {
    const fake = await boot({ ...PACKAGED, lock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('loads the stable entry URL into one secure kiosk window', async () => {
    const fake = await boot(PACKAGED);
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(window?.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: {
        preload: path.join(PACKAGED.appPath, 'dist-electron/preload.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
      },
    });
  });

  it('guards every webContents and the default session', async () => {
    const fake = await boot(PACKAGED);
    const webContents = fake.windows[0]?.webContents;
    expect(webContents?.setWindowOpenHandler).toHaveBeenCalled();
    const event = { preventDefault: vi.fn() };
    webContents?.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    const ses = fake.electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('registers ipcMain.handle for exactly the contract channels', async () => {
    const fake = await boot(PACKAGED);
    const channels = fake.electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels).toHaveLength(IPC_CHANNELS.size);
    expect(new Set(channels)).toEqual(IPC_CHANNELS);
  });

  it('routes IPC with the sender frame checked', async () => {
    const fake = await boot(PACKAGED);
    const handlerFor = (channel: string) =>
      fake.electron.ipcMain.handle.mock.calls.find(([c]) => c === channel)?.[1] as (
        event: unknown,
        ...args: unknown[]
      ) => Promise<unknown>;
    const getAppInfo = handlerFor(IPC_CONTRACT.getAppInfo.channel);
    await expect(getAppInfo({ senderFrame: { url: APP_ENTRY_URL } })).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
    await expect(getAppInfo({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/untrusted/);
    await expect(getAppInfo({ senderFrame: null })).rejects.toThrow(/untrusted/);
    const getConfig = handlerFor(IPC_CONTRACT.getConfig.channel);
    await expect(getConfig({ senderFrame: { url: APP_ENTRY_URL } })).resolves.toMatchObject({ ok: true });
  });

  it('serves the renderer from <appPath>/dist/renderer with the city API in the CSP', async () => {
    const fake = await boot(PACKAGED);
    const handler = fake.electron.protocol.handle.mock.calls[0]?.[1] as (r: {
      url: string;
    }) => Promise<Response>;
    const response = await handler({ url: 'app://kiosk/missing.js' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://api.example.invalid",
    );
  });

  it('loads the same origin whatever the install path or version (stable origin)', async () => {
    const urls: unknown[] = [];
    for (const install of [
      PACKAGED,
      {
        appPath: 'C:\\Program Files\\Mot Cua Kiosk\\resources\\app.asar',
        version: '0.2.0',
        isPackaged: true,
      },
      { appPath: '/home/dev/mot-cua-kiosk', version: '9.9.9-beta.1', isPackaged: false },
    ]) {
      const fake = await boot(install);
      urls.push(fake.windows[0]?.loadURL.mock.calls[0]?.[0]);
    }
    expect(urls).toEqual([APP_ENTRY_URL, APP_ENTRY_URL, APP_ENTRY_URL]);
  });

  it('dev mode relaxes only kiosk/fullscreen; devtools need KIOSK_DEVTOOLS on an unpackaged build', async () => {
    vi.stubEnv('KIOSK_DEV', '1');
    const dev = await boot(PACKAGED);
    expect(dev.windows[0]?.options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      webPreferences: { devTools: false, sandbox: true },
    });

    vi.stubEnv('KIOSK_DEVTOOLS', '1');
    const packaged = await boot(PACKAGED);
    expect(packaged.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });

    const unpackaged = await boot({ ...PACKAGED, isPackaged: false });
    expect(unpackaged.windows[0]?.options).toMatchObject({
      kiosk: false,
      webPreferences: { devTools: true },
    });
  });

  it('brings a crashed renderer back on the attract screen (window-recovery.ts)', async () => {
    const fake = await boot(PACKAGED);
    const window = fake.windows[0];
    expect(window?.webContents.loadURL).not.toHaveBeenCalled();
    window?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(window?.webContents.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
  });
});

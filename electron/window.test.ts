import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions, Input, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../shared/app-origin';
import {
  applySessionGuards,
  applyWebContentsGuards,
  createKioskWindow,
  isBlockedShortcut,
  kioskWebPreferences,
  kioskWindowOptions,
} from './window';

describe('kioskWebPreferences', () => {
  it('sets every security flag', () => {
    const prefs = kioskWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      devTools: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      zoomFactor: 1,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('enables devtools only when asked', () => {
    expect(kioskWebPreferences('/p', { devTools: true }).devTools).toBe(true);
    expect(kioskWebPreferences('/p', {}).devTools).toBe(false);
  });
});

describe('kioskWindowOptions', () => {
  it('is full-screen kiosk mode outside dev', () => {
    const options = kioskWindowOptions({ preloadPath: '/p', dev: false, devTools: false });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(options.backgroundColor).toMatch(/^#/);
  });
  it('is a normal window in dev, with the same secure preferences', () => {
    const options = kioskWindowOptions({ preloadPath: '/p', dev: true, devTools: false });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(options.webPreferences).toEqual(kioskWebPreferences('/p'));
  });
});

describe('createKioskWindow', () => {
  it('creates a menu-less window that shows itself when ready', () => {
    const created: FakeWindow[] = [];
    class FakeWindow extends EventEmitter {
      removeMenu = vi.fn();
      show = vi.fn();
      constructor(public options: BrowserWindowConstructorOptions) {
        super();
        created.push(this);
      }
    }
    const window = createKioskWindow({
      BrowserWindow: FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      preloadPath: '/p',
      dev: false,
      devTools: false,
    });
    const fake = created[0];
    expect(fake).toBe(window);
    expect(fake?.options.webPreferences?.sandbox).toBe(true);
    expect(fake?.removeMenu).toHaveBeenCalled();
    expect(fake?.show).not.toHaveBeenCalled();
    fake?.emit('ready-to-show');
    expect(fake?.show).toHaveBeenCalledTimes(1);
  });
});

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  setVisualZoomLevelLimits = vi.fn(() => Promise.resolve());
}

const fakeEvent = (extra: Record<string, unknown> = {}) => ({ preventDefault: vi.fn(), ...extra });

const guarded = (devTools = false) => {
  const webContents = new FakeWebContents();
  applyWebContentsGuards(webContents as unknown as WebContents, { devTools });
  return webContents;
};

const key = (k: string, mods: Partial<Input> = {}): Input =>
  ({ type: 'keyDown', key: k, control: false, shift: false, alt: false, meta: false, ...mods }) as Input;

describe('applyWebContentsGuards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: blocks foreign URLs, allows our own', (eventName) => {
    const webContents = guarded();
    for (const url of [
      'https://evil.example/',
      'app://kiosk.evil/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      const event = fakeEvent();
      webContents.emit(eventName, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const ok = fakeEvent();
    webContents.emit(eventName, ok, APP_ENTRY_URL);
    expect(ok.preventDefault).not.toHaveBeenCalled();
  });

  it('will-frame-navigate: reads the URL from the event (iframes too)', () => {
    const webContents = guarded();
    const bad = fakeEvent({ url: 'https://evil.example/' });
    webContents.emit('will-frame-navigate', bad);
    expect(bad.preventDefault).toHaveBeenCalled();
    const ok = fakeEvent({ url: 'app://kiosk/index.html#/status' });
    webContents.emit('will-frame-navigate', ok);
    expect(ok.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window, even to our own origin', () => {
    const webContents = guarded();
    expect(webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const webContents = guarded();
    const event = fakeEvent();
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('locks visual zoom and survives a rejected promise', async () => {
    const webContents = new FakeWebContents();
    webContents.setVisualZoomLevelLimits.mockReturnValueOnce(Promise.reject(new Error('destroyed')));
    applyWebContentsGuards(webContents as unknown as WebContents, { devTools: false });
    expect(webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    await Promise.resolve();
  });

  it('blocks developer, reload and zoom shortcuts', () => {
    const webContents = guarded();
    for (const input of [
      key('F12'),
      key('I', { control: true, shift: true }),
      key('J', { control: true, shift: true }),
      key('C', { control: true, shift: true }),
      key('i', { meta: true, shift: true }),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('F5'),
      key('+', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
    ]) {
      const event = fakeEvent();
      webContents.emit('before-input-event', event, input);
      expect(event.preventDefault, JSON.stringify(input)).toHaveBeenCalled();
    }
  });

  it('lets ordinary typing through', () => {
    const webContents = guarded();
    for (const input of [
      key('a'),
      key('I', { shift: true }),
      key('Enter'),
      key('Backspace'),
      key('c', { control: true }),
    ]) {
      const event = fakeEvent();
      webContents.emit('before-input-event', event, input);
      expect(event.preventDefault, JSON.stringify(input)).not.toHaveBeenCalled();
    }
  });

  it('leaves shortcuts alone on a developer build with devtools on', () => {
    expect(isBlockedShortcut(key('F12'), { devTools: true })).toBe(false);
    expect(isBlockedShortcut(key('F12'), { devTools: false })).toBe(true);
    expect(isBlockedShortcut({ ...key('F12'), type: 'keyUp' }, { devTools: false })).toBe(false);
  });
});

describe('applySessionGuards', () => {
  const fakeSession = () => {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    });
    applySessionGuards(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: Record<string, unknown>,
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      origin: string,
      details: Record<string, unknown>,
    ) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    return { session, request, check, device };
  };

  const ask = (
    request: ReturnType<typeof fakeSession>['request'],
    permission: string,
    details: Record<string, unknown>,
  ) => {
    const callback = vi.fn();
    request(null, permission, callback, details);
    return callback.mock.calls[0]?.[0];
  };

  it('grants the camera to our page only', () => {
    const { request } = fakeSession();
    const camera = { requestingUrl: APP_ENTRY_URL, isMainFrame: true, mediaTypes: ['video'] };
    expect(ask(request, 'media', camera)).toBe(true);
    expect(ask(request, 'media', { ...camera, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask(request, 'media', { ...camera, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(ask(request, 'media', { ...camera, securityOrigin: 'https://evil.example' })).toBe(false);
    expect(ask(request, 'geolocation', { requestingUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(false);
    expect(ask(request, 'notifications', { requestingUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(false);
    expect(ask(request, 'openExternal', { requestingUrl: APP_ENTRY_URL, externalURL: 'https://x' })).toBe(
      false,
    );
  });

  it('answers permission checks with the same rule', () => {
    const { check } = fakeSession();
    expect(check(null, 'media', 'app://kiosk', { mediaType: 'video', isMainFrame: true })).toBe(true);
    expect(check(null, 'media', 'app://kiosk', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(check(null, 'media', 'https://evil.example', { mediaType: 'video', isMainFrame: true })).toBe(
      false,
    );
    expect(check(null, 'clipboard-read', 'app://kiosk', { isMainFrame: true })).toBe(false);
  });

  it('denies devices and downloads', () => {
    const { session, device } = fakeSession();
    expect(device({ deviceType: 'usb', origin: 'app://kiosk' })).toBe(false);
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

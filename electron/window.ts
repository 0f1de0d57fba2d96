import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Event,
  Input,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import {
  decideNavigation,
  decidePermission,
  decidePermissionCheck,
  decideWindowOpen,
  type PermissionCheckDetails,
  type PermissionRequestDetails,
} from './url-trust';

/**
 * The kiosk window and the locks on everything it can reach: secure web preferences,
 * navigation, popups, webviews, zoom, developer shortcuts and permissions.
 * Electron objects are passed in so this module runs in plain Node under tests.
 */

/** Electron security checklist items 2–4, 6, 8–10 as one reviewable object. */
export function kioskWebPreferences(
  preloadPath: string,
  options: { devTools?: boolean } = {},
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    devTools: options.devTools === true,
    spellcheck: false,
    // Middle-click would otherwise open links in new windows.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    // Zoom is locked in applyWebContentsGuards; a stale zoom must not survive restarts.
    zoomFactor: 1,
  };
}

export type KioskWindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  /** Developer machine: a normal window instead of full-screen kiosk mode. */
  dev: boolean;
  /** Only ever true on an unpackaged developer build. */
  devTools: boolean;
};

export function kioskWindowOptions(
  deps: Omit<KioskWindowDeps, 'BrowserWindow'>,
): BrowserWindowConstructorOptions {
  return {
    width: 1080,
    height: 1920,
    kiosk: !deps.dev,
    fullscreen: !deps.dev,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    // Shown on ready-to-show so residents never see a white flash or half-drawn page.
    show: false,
    webPreferences: kioskWebPreferences(deps.preloadPath, { devTools: deps.devTools }),
  };
}

export function createKioskWindow(deps: KioskWindowDeps): BrowserWindow {
  const window = new deps.BrowserWindow(kioskWindowOptions(deps));
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  return window;
}

const isDevtoolsShortcut = (input: Input): boolean => {
  const key = input.key.toLowerCase();
  const ctrl = input.control || input.meta;
  return key === 'f12' || (ctrl && input.shift && (key === 'i' || key === 'j' || key === 'c'));
};

const isReloadOrZoomShortcut = (input: Input): boolean => {
  const key = input.key.toLowerCase();
  const ctrl = input.control || input.meta;
  return key === 'f5' || (ctrl && ['r', '+', '=', '-', '0'].includes(key));
};

/** Keyboard shortcuts a resident (or a plugged-in keyboard) must not reach. */
export function isBlockedShortcut(input: Input, options: { devTools: boolean }): boolean {
  if (input.type !== 'keyDown') return false;
  if (options.devTools) return false;
  return isDevtoolsShortcut(input) || isReloadOrZoomShortcut(input);
}

export type GuardableWebContents = Pick<
  WebContents,
  'on' | 'setWindowOpenHandler' | 'setVisualZoomLevelLimits'
>;

/** Applied to every webContents the app creates (main.ts: 'web-contents-created'). */
export function applyWebContentsGuards(
  webContents: GuardableWebContents,
  options: { devTools: boolean },
): void {
  const guardNavigation = (event: Event, url: string) => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  };
  webContents.on('will-navigate', (event, url) => guardNavigation(event, url));
  webContents.on('will-redirect', (event, url) => guardNavigation(event, url));
  webContents.on('will-frame-navigate', (event) => guardNavigation(event, event.url));
  webContents.setWindowOpenHandler(({ url }) => ({ action: decideWindowOpen(url) }));
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input, options)) event.preventDefault();
  });
  // Pinch zoom is off by default, but older Electrons brought it back after display
  // changes (electron#11216), so pin it explicitly; a failure must not crash main.
  webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}

export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

/** Without these handlers Electron approves every permission request (checklist #5). */
export function applySessionGuards(session: GuardableSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const facts: PermissionRequestDetails = {
      mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      securityOrigin: 'securityOrigin' in details ? details.securityOrigin : undefined,
    };
    callback(decidePermission(permission, details.requestingUrl, facts) === 'allow');
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) => {
    const facts: PermissionCheckDetails = {
      mediaType: details.mediaType,
      securityOrigin: details.securityOrigin,
    };
    return decidePermissionCheck(permission, requestingOrigin, facts) === 'allow';
  });
  // HID, serial and USB: the kiosk talks to no device through the web page.
  session.setDevicePermissionHandler(() => false);
  // Nothing in the kiosk downloads files; a download would land on the kiosk's disk.
  session.on('will-download', (event) => event.preventDefault());
}

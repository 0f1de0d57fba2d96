// Composition root of the main process, wiring only: the app:// scheme, security
// guards, services behind the IPC contract, and the one kiosk window.
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from '../shared/app-origin';
import { loadProvisioningConfig, resolveConfigPath } from './config-loader';
import { createIpcRouter, exactOriginPredicate } from './ipc-router';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createKioskServices } from './services/kiosk-services';
import { createLogSink } from './services/log-sink';
import { createOutboxJournal } from './services/outbox-journal';
import { createPrintService, webContentsPrinter } from './services/print-service';
import { applySessionGuards, applyWebContentsGuards, createKioskWindow } from './window';

const dev = process.env['KIOSK_DEV'] === '1' || !app.isPackaged;
const devTools = process.env['KIOSK_DEVTOOLS'] === '1' && !app.isPackaged;

// Must happen before 'ready', exactly once.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

// Touch screens: no pinch zoom and no swipe-to-go-back.
app.commandLine.appendSwitch('disable-pinch');
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

let kioskWindow: BrowserWindow | undefined;

function start(): void {
  const appDir = app.getAppPath();
  const configPath = resolveConfigPath({
    env: process.env,
    platform: process.platform,
    userDataDir: app.getPath('userData'),
    appDir,
    dev,
  });
  const readText = (file: string) => readFileSync(file, 'utf8');
  const logsDir = app.getPath('logs');
  const appendLog = createLogSink({
    logsDir,
    fs: {
      append: async (file, text) => {
        await mkdir(logsDir, { recursive: true });
        await appendFile(file, text, 'utf8');
      },
      size: (file) =>
        stat(file).then(
          (s) => s.size,
          () => 0,
        ),
      rename: (from, to) => rename(from, to),
    },
    onError: (error) => console.error('kiosk log sink failed', error),
  });

  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: path.join(appDir, 'dist/renderer'),
      readFile: (file) => readFile(file),
      cityApiOrigin: () => loadProvisioningConfig(configPath, readText).config?.cityApiUrl,
    }),
  );
  applySessionGuards(session.defaultSession);

  const services = createKioskServices({
    configPath,
    readFile: readText,
    appendLog,
    version: app.getVersion(),
    shell: 'electron',
    // Beside Chromium's own storage in the profile, but written by us with fsync.
    journal: createOutboxJournal({
      dir: path.join(app.getPath('userData'), 'outbox-journal'),
      log: (entry) => void appendLog(entry),
    }),
    // The kiosk window's page is the receipt: printed as its @media print layout, without a dialog.
    printReceipt: createPrintService({
      ...webContentsPrinter(() => kioskWindow?.webContents),
      printerName: () => loadProvisioningConfig(configPath, readText).config?.printerName,
      log: (entry) => void appendLog(entry),
    }),
  });
  const router = createIpcRouter(services, {
    isTrustedSender: exactOriginPredicate(APP_ORIGIN),
    log: (entry) => void appendLog(entry),
  });
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      router.handle(channel, args, event.senderFrame?.url),
    );
  }

  kioskWindow = createKioskWindow({
    BrowserWindow,
    preloadPath: path.join(appDir, 'dist-electron/preload.cjs'),
    dev,
    devTools,
  });
  void kioskWindow.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every webContents, including ones we did not expect, gets the same locks.
  app.on('web-contents-created', (_event, webContents) => applyWebContentsGuards(webContents, { devTools }));
  app.on('second-instance', () => kioskWindow?.focus());
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

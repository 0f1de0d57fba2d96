// Composition root of the main process, wiring only: the app:// scheme, security
// guards, services behind the IPC contract, and the one kiosk window.
import { app, BrowserWindow, ipcMain, net, powerSaveBlocker, protocol, safeStorage, session } from 'electron';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from '../shared/app-origin';
import { loadProvisioningConfig, resolveConfigPath } from './config-loader';
import { createIpcRouter, exactOriginPredicate } from './ipc-router';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createCredentialService } from './services/credential-service';
import { createKioskServices } from './services/kiosk-services';
import { createLogSink } from './services/log-sink';
import {
  createNightRestart,
  DEFAULT_NIGHTLY_RESTART,
  idleFromSessionActivity,
  watchJournalActivity,
} from './services/night-restart';
import { createOutboxJournal } from './services/outbox-journal';
import { createPrintService, webContentsPrinter } from './services/print-service';
import { createSessionActivity } from './services/session-activity';
import { createStaffServices } from './services/staff-services';
import { createWindowRecovery, OUT_OF_SERVICE_PAGE } from './services/window-recovery';
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
  const startedAt = Date.now();
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

  // Watched so the night restart waits for a quiet journal and for the end of a resident's session.
  const journal = watchJournalActivity(
    createOutboxJournal({
      dir: path.join(app.getPath('userData'), 'outbox-journal'),
      log: (entry) => void appendLog(entry),
    }),
  );
  // Keeps the display awake during a resident session (the renderer reports start and end).
  const activity = idleFromSessionActivity(
    createSessionActivity({ powerSaveBlocker: () => powerSaveBlocker }),
  );
  const services = createKioskServices({
    configPath,
    readFile: readText,
    appendLog,
    version: app.getVersion(),
    shell: 'electron',
    // Beside Chromium's own storage in the profile, but written by us with fsync.
    journal: journal.journal,
    // The kiosk window's page is the receipt: printed as its @media print layout, without a dialog.
    printReceipt: createPrintService({
      ...webContentsPrinter(() => kioskWindow?.webContents),
      printerName: () => loadProvisioningConfig(configPath, readText).config?.printerName,
      log: (entry) => void appendLog(entry),
    }),
    sessionActivity: activity.report,
    // Enrols on the renderer's first request; kept with safeStorage in userData (credential-vault.ts).
    credential: createCredentialService({
      configPath,
      readFile: readText,
      dir: app.getPath('userData'),
      safeStorage: () => safeStorage, // touched only after 'ready', on first use
      platform: process.platform,
      fetch: (url, init) => net.fetch(url, init), // Chromium's stack: the page's proxy and certificates
      appVersion: app.getVersion(),
      log: (entry) => void appendLog(entry),
    }),
    // Staff assist mode: PIN check and lockout (file in userData), printer list, tail of the log.
    staff: createStaffServices({
      configPath,
      readFile: readText,
      stateDir: app.getPath('userData'),
      logsDir,
      printers: async () => (await kioskWindow?.webContents.getPrintersAsync()) ?? [],
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
  // A crashed or hung renderer comes back on the attract screen; the queue is in IndexedDB and the journal.
  const recovery = createWindowRecovery({
    webContents: kioskWindow.webContents,
    entryUrl: APP_ENTRY_URL,
    outOfServiceUrl: `${APP_ORIGIN}/${OUT_OF_SERVICE_PAGE}`,
    log: (entry) => void appendLog(entry),
    sessionEnded: activity.endSession,
  });
  const nightRestart = createNightRestart({
    window: loadProvisioningConfig(configPath, readText).config?.nightlyRestart ?? DEFAULT_NIGHTLY_RESTART,
    idle: activity.idle,
    journalQuiet: journal.quiet,
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    log: (entry) => void appendLog(entry),
    startedAt,
  });
  app.on('before-quit', () => {
    recovery.dispose();
    nightRestart.stop();
  });
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

// Serves the built renderer over http://127.0.0.1 with the main-process services
// behind it, for `npm start` without an Electron binary and for the e2e suite.
// It reuses the Electron adapters (app:// file handler, CSP, IPC router, services),
// so what is tested here is what ships.
import { appendFile, readFile, rename, stat } from 'node:fs/promises';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN } from '../../shared/app-origin';
import { loadProvisioningConfig } from '../../electron/config-loader';
import { createIpcRouter, exactOriginPredicate, type IpcRouter } from '../../electron/ipc-router';
import { createAppProtocolHandler } from '../../electron/protocol';
import { createCredentialService } from '../../electron/services/credential-service';
import { createKioskServices } from '../../electron/services/kiosk-services';
import { createLogSink } from '../../electron/services/log-sink';
import { createOutboxJournal } from '../../electron/services/outbox-journal';
import { createRecordingPrintService, type PrintReceipt } from '../../electron/services/print-service';
import { noKeyringSafeStorage, type SafeStorageApi } from '../../electron/services/safe-storage';
import type { ListedPrinter } from '../../electron/services/printer-status';
import { createStaffServices } from '../../electron/services/staff-services';
import type { IpcHandlers } from '../../electron/ipc-router';

export const BRIDGE_PATH = '/__kiosk-bridge/';

export interface DevHostOptions {
  rootDir: string;
  configPath: string;
  logsDir: string;
  version: string;
  /** Where the outbox journal lives (Electron keeps it in the profile's userData). */
  journalDir: string;
  /** Where the kiosk's device credential is kept (Electron: userData, beside the journal). */
  credentialDir: string;
  host?: string;
  /** A fixed port gives a stable origin, so IndexedDB survives restarts; 0 picks a free one. */
  port?: number;
}

export interface DevHost {
  origin: string;
  url: string;
  router: IpcRouter;
  close(): Promise<void>;
}

export type HostServicesOptions = Pick<
  DevHostOptions,
  'configPath' | 'logsDir' | 'version' | 'journalDir' | 'credentialDir'
> & {
  /**
   * The browser cannot print silently: by default each receipt job is recorded and answered
   * 'no_printer', as on a kiosk without a printer. A test may pass its own (createRecordingPrintService).
   */
  printReceipt?: PrintReceipt;
  /**
   * There is no OS keyring behind a plain browser: by default the credential is kept as Electron keeps
   * it on a Linux kiosk without one (weak, and reported so). A test may pass a fake keyring.
   */
  safeStorage?: SafeStorageApi;
  /** The printers the staff screen lists; a browser has none to offer, so none by default. */
  printers?: () => Promise<readonly ListedPrinter[]>;
};

/** The services behind the IPC contract as Electron's main.ts composes them, with shell 'browser'. */
export function createHostServices(options: HostServicesOptions): IpcHandlers {
  mkdirSync(options.logsDir, { recursive: true });
  const appendLog = createLogSink({
    logsDir: options.logsDir,
    fs: {
      append: (file, text) => appendFile(file, text),
      size: (file) =>
        stat(file).then(
          (s) => s.size,
          () => 0,
        ),
      rename: (from, to) => rename(from, to),
    },
  });
  const readText = (file: string) => readFileSync(file, 'utf8');
  const safeStorage = options.safeStorage ?? noKeyringSafeStorage();
  return createKioskServices({
    configPath: options.configPath,
    readFile: readText,
    appendLog,
    version: options.version,
    shell: 'browser',
    journal: createOutboxJournal({ dir: options.journalDir, log: (entry) => void appendLog(entry) }),
    printReceipt: options.printReceipt ?? createRecordingPrintService().print,
    // The same enrolment and renewal as Electron's main process, over Node's fetch.
    credential: createCredentialService({
      configPath: options.configPath,
      readFile: readText,
      dir: options.credentialDir,
      safeStorage: () => safeStorage,
      platform: 'linux', // the stand-in plays a Linux kiosk without a keyring
      fetch: (url, init) => fetch(url, init),
      appVersion: options.version,
      log: (entry) => void appendLog(entry),
    }),
    // The logs folder stands in for userData: one per kiosk, shared by its browser profiles.
    staff: createStaffServices({
      configPath: options.configPath,
      readFile: readText,
      stateDir: options.logsDir,
      logsDir: options.logsDir,
      printers: options.printers ?? (async () => []),
      log: (entry) => void appendLog(entry),
    }),
  });
}

export async function startDevHost(options: DevHostOptions): Promise<DevHost> {
  const readText = (file: string) => readFileSync(file, 'utf8');
  const services = createHostServices(options);
  let origin = '';
  const router = createIpcRouter(services, { isTrustedSender: (url) => exactOriginPredicate(origin)(url) });
  const files = createAppProtocolHandler({
    rootDir: options.rootDir,
    readFile: (file) => readFile(file),
    cityApiOrigin: () => {
      const loaded = loadProvisioningConfig(options.configPath, readText);
      return loaded.config?.cityApiUrl;
    },
  });

  const server = createServer((req, res) => {
    void route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    if (path.startsWith(BRIDGE_PATH))
      return bridge(req, res, decodeURIComponent(path.slice(BRIDGE_PATH.length)));
    // Same file resolution, traversal guard and CSP as Electron's app:// scheme.
    const response = await files({ url: APP_ORIGIN + path, method: req.method ?? 'GET' });
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'cache-control': 'no-store' });
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  async function bridge(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    // Only our own page may call: the browser sets Origin on every POST and a page cannot forge it.
    if (req.method !== 'POST' || req.headers.origin !== origin) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'forbidden' }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let args: unknown;
    try {
      args = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      args = undefined;
    }
    try {
      const result = await router.handle(channel, Array.isArray(args) ? args : [args], `${origin}/`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : 'rejected' }));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  origin = `http://${address}:${port}`;
  return {
    origin,
    url: `${origin}/index.html`,
    router,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Everything a journey needs besides the browser: the sandbox city API with its
// own data directory, a provisioning file pointing at it, and the dev host serving
// the built renderer with the real main-process services behind it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSandboxServer } from '../../../sandbox/server';
import { createHostServices, startDevHost, type DevHost } from '../../../tools/dev-host/dev-host';
import { createIpcRouter, exactOriginPredicate, type IpcRouter } from '../../../electron/ipc-router';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist/renderer');
/** The outbox harness page (tests/harness), for chaos runs and benchmarks. */
export const HARNESS_DIST = path.join(REPO_ROOT, 'dist/harness');

export interface KioskStackOptions {
  /** What the dev host serves: the kiosk (default) or the outbox harness. */
  rootDir?: string;
  entry?: string;
  /** Where the sandbox keeps its database; a fresh temporary folder by default. */
  cityDataDir?: string;
}
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export interface KioskStack {
  workDir: string;
  configPath: string;
  /** The page a kiosk browser opens. */
  url: string;
  cityApiUrl: string;
  host: DevHost;
  sandbox: Awaited<ReturnType<typeof createSandboxServer>>;
  newProfileDir(): string;
  /**
   * The main-process services for a browser on this profile, as Electron has them:
   * the outbox journal lives inside the profile, so a relaunch on it finds its journal.
   */
  routerFor(profileDir: string): IpcRouter;
  /** Admin view of what the city has stored. */
  citySubmissions(): Promise<CitySubmission[]>;
  /** The sandbox's request counters (received, stored, replays, conflicts, …). */
  cityCounters(): Promise<Record<string, number>>;
  setFaults(faults: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface CitySubmission {
  submissionId: string;
  idempotencyKey: string;
  receiptCode: string;
  procedureId: string;
  /** Decrypted by the sandbox with the city's private key. */
  answers: Record<string, string>;
  payloadSha256: string;
  attachments: {
    id: string;
    size: number;
    complete: boolean;
    plaintextSha256: string | null;
  }[];
}

export async function startKioskStack(options: KioskStackOptions = {}): Promise<KioskStack> {
  const rootDir = options.rootDir ?? RENDERER_DIST;
  const entry = options.entry ?? 'index.html';
  if (!existsSync(path.join(rootDir, entry))) {
    throw new Error(
      `${path.relative(REPO_ROOT, rootDir)}/${entry} is missing: run \`npm run test:e2e\`, which builds it first.`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const workDir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const sandbox = await createSandboxServer({ dataDir: options.cityDataDir ?? path.join(workDir, 'city') });
  const configPath = path.join(workDir, 'kiosk.config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      schemaVersion: 1,
      kioskId: 'HN-E2E-0001',
      wardCode: '00004',
      cityApiUrl: sandbox.url,
      cityPublicKey: sandbox.publicKeyPem,
      // Retry every couple of seconds while the city is unreachable, so journeys finish quickly.
      syncProbeGapSeconds: 2,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
    }),
  );
  const host = await startDevHost({
    rootDir,
    configPath,
    logsDir: workDir,
    version: 'e2e',
    journalDir: path.join(workDir, 'host-journal'),
  });
  const routers = new Map<string, IpcRouter>();
  let profiles = 0;
  const admin = async (route: string, init?: RequestInit) => {
    const response = await fetch(sandbox.url + route, init);
    if (!response.ok) throw new Error(`sandbox ${route}: HTTP ${response.status}`);
    return response;
  };
  return {
    workDir,
    configPath,
    url: `${host.origin}/${entry}`,
    cityApiUrl: sandbox.url,
    host,
    sandbox,
    newProfileDir: () => path.join(workDir, `profile-${++profiles}`),
    routerFor: (profileDir) => {
      const existing = routers.get(profileDir);
      if (existing) return existing;
      const services = createHostServices({
        configPath,
        logsDir: workDir,
        version: 'e2e',
        journalDir: path.join(profileDir, 'outbox-journal'),
      });
      const router = createIpcRouter(services, { isTrustedSender: exactOriginPredicate(host.origin) });
      routers.set(profileDir, router);
      return router;
    },
    citySubmissions: async () => {
      const body = (await (await admin('/__sandbox/submissions')).json()) as {
        submissions: CitySubmission[];
      };
      return body.submissions;
    },
    cityCounters: async () => {
      const body = (await (await admin('/__sandbox/submissions')).json()) as {
        counters: Record<string, number>;
      };
      return body.counters;
    },
    setFaults: async (faults) => {
      await admin('/__sandbox/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
      });
    },
    close: async () => {
      await host.close();
      await sandbox.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

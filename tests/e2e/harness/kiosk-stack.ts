// Everything a journey needs besides the browser: the sandbox city API with its
// own data directory, a provisioning file pointing at it (with a fresh one-time
// enrolment token), and the dev host serving the built renderer with the real
// main-process services behind it. The kiosk enrols as Electron does: on the
// page's first credential request, through the same credential service.
import { randomBytes } from 'node:crypto';
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
  /** Extra provisioning fields for this stack's kiosk (e.g. `serviceWorker: true`). */
  config?: Record<string, unknown>;
}
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export const E2E_KIOSK_ID = 'HN-E2E-0001';
/** The ward staff PIN of every e2e kiosk, and its hash as `npm run staff-pin-hash` made it. */
export const E2E_STAFF_PIN = '246810';
const E2E_STAFF_PIN_HASH =
  'pbkdf2-sha256$200000$tTKNPwlR5Y6Cl7Wv/j427A==$IIw5+ryvPHQ/eCX34d4y/py1/xaAEMFdtROP6TL2odU=';

export interface KioskStack {
  workDir: string;
  configPath: string;
  kioskId: string;
  /** The token in the provisioning file, as IT would have written it. */
  enrolmentToken: string;
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
  /** The city's kiosk registry: credentials (ids, use counts, revocation) and tokens. */
  cityKiosks(): Promise<CityKiosks>;
  close(): Promise<void>;
}

export interface CityKiosks {
  kiosks: {
    kioskId: string;
    credentials: { credentialId: string; revokedAt: string | null; requests: number }[];
  }[];
  counters: Record<string, number>;
}

export interface CitySubmission {
  submissionId: string;
  idempotencyKey: string;
  receiptCode: string;
  procedureId: string;
  /** Decrypted by the sandbox with the city's private key. */
  answers: Record<string, string>;
  payloadSha256: string;
  /** The kiosk credential the submission came with (the city's public id for it). */
  credentialId: string | null;
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
  // One token per stack, as IT provisions one kiosk: every browser profile of the stack is that kiosk.
  const enrolmentToken = `tok_e2e_${randomBytes(18).toString('base64url')}`;
  const sandbox = await createSandboxServer({
    dataDir: options.cityDataDir ?? path.join(workDir, 'city'),
    enrolmentTokens: [enrolmentToken],
  });
  const configPath = path.join(workDir, 'kiosk.config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      schemaVersion: 1,
      kioskId: E2E_KIOSK_ID,
      enrolmentToken,
      wardCode: '00004',
      cityApiUrl: sandbox.url,
      cityPublicKey: sandbox.publicKeyPem,
      // Retry every couple of seconds while the city is unreachable, so journeys finish quickly.
      syncProbeGapSeconds: 2,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
      staffPinHash: E2E_STAFF_PIN_HASH,
      ...options.config,
    }),
  );
  // Shared by every profile of the stack, like Electron's userData on one kiosk: the token is single-use.
  const credentialDir = path.join(workDir, 'kiosk-credential');
  const host = await startDevHost({
    rootDir,
    configPath,
    logsDir: workDir,
    version: 'e2e',
    journalDir: path.join(workDir, 'host-journal'),
    credentialDir,
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
    kioskId: E2E_KIOSK_ID,
    enrolmentToken,
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
        credentialDir,
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
    cityKiosks: async () => (await (await admin('/__sandbox/kiosks')).json()) as CityKiosks,
    close: async () => {
      await host.close();
      await sandbox.close();
      // KEEP_E2E_WORKDIR=1 keeps the kiosk log, city database and profiles for a post-mortem.
      if (!process.env['KEEP_E2E_WORKDIR']) rmSync(workDir, { recursive: true, force: true });
    },
  };
}

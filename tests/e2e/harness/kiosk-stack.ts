// Everything a journey needs besides the browser: the sandbox city API with its
// own data directory, a provisioning file pointing at it, and the dev host serving
// the built renderer with the real main-process services behind it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSandboxServer } from '../../../sandbox/server';
import { startDevHost, type DevHost } from '../../../tools/dev-host/dev-host';
import { DEV_CITY_PUBLIC_KEY } from '../../support/city-keys';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist/renderer');
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export interface KioskStack {
  workDir: string;
  configPath: string;
  cityApiUrl: string;
  host: DevHost;
  sandbox: Awaited<ReturnType<typeof createSandboxServer>>;
  newProfileDir(): string;
  /** Admin view of what the city has stored. */
  citySubmissions(): Promise<CitySubmission[]>;
  setFaults(faults: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface CitySubmission {
  submissionId: string;
  idempotencyKey: string;
  receiptCode: string;
  procedureId: string;
  answers: Record<string, string>;
}

export async function startKioskStack(): Promise<KioskStack> {
  if (!existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first (npm run test:e2e does).');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const workDir = mkdtempSync(path.join(tmpdir(), 'kiosk-e2e-'));
  const sandbox = await createSandboxServer({ dataDir: path.join(workDir, 'city') });
  const configPath = path.join(workDir, 'kiosk.config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      schemaVersion: 1,
      kioskId: 'HN-E2E-0001',
      wardCode: '00004',
      cityApiUrl: sandbox.url,
      cityPublicKey: DEV_CITY_PUBLIC_KEY,
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
    }),
  );
  const host = await startDevHost({
    rootDir: RENDERER_DIST,
    configPath,
    logsDir: workDir,
    version: 'e2e',
  });
  let profiles = 0;
  const admin = async (route: string, init?: RequestInit) => {
    const response = await fetch(sandbox.url + route, init);
    if (!response.ok) throw new Error(`sandbox ${route}: HTTP ${response.status}`);
    return response;
  };
  return {
    workDir,
    configPath,
    cityApiUrl: sandbox.url,
    host,
    sandbox,
    newProfileDir: () => path.join(workDir, `profile-${++profiles}`),
    citySubmissions: async () => {
      const body = (await (await admin('/__sandbox/submissions')).json()) as {
        submissions: CitySubmission[];
      };
      return body.submissions;
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

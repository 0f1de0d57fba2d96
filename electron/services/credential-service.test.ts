import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusPath } from '../../shared/api/city-api';
import { bearer } from '../../shared/api/kiosk-auth';
import type { LogEntry } from '../../shared/ipc/log-entry';
import type { SandboxServer } from '../../sandbox/server';
import { admin, removeDir, startSandbox } from '../../sandbox/test-support';
import { createCredentialService, CREDENTIAL_FILE } from './credential-service';
import { fakeSafeStorage } from './fake-safe-storage';

/** The credential service as main.ts composes it, against the real sandbox city over HTTP. */
const FIRST_TOKEN = 'tok_credential_service_first_0001';

let sandbox: SandboxServer & { dataDir: string };
let dir: string;
let logs: LogEntry[];
beforeEach(async () => {
  sandbox = await startSandbox({ enrolTestKiosk: false, enrolmentTokens: [FIRST_TOKEN] });
  dir = mkdtempSync(path.join(tmpdir(), 'credential-service-'));
  logs = [];
  writeConfig(FIRST_TOKEN);
});
afterEach(async () => {
  await sandbox.close();
  removeDir(sandbox.dataDir);
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(enrolmentToken: string) {
  writeFileSync(
    path.join(dir, 'kiosk.config.json'),
    JSON.stringify({
      schemaVersion: 1,
      kioskId: 'HN-SVC-0001',
      wardCode: '00004',
      cityApiUrl: sandbox.url,
      cityPublicKey: sandbox.publicKeyPem,
      enrolmentToken,
    }),
  );
}

const service = () =>
  createCredentialService({
    configPath: path.join(dir, 'kiosk.config.json'),
    readFile: (file) => readFileSync(file, 'utf8'),
    dir,
    safeStorage: () => fakeSafeStorage({ backend: 'kwallet5' }),
    platform: 'linux',
    fetch: (url, init) => fetch(url, init),
    appVersion: '0.1.0',
    log: (entry) => logs.push(entry),
  });

const cityAnswers = async (credential: string | null) =>
  (
    await fetch(`${sandbox.url}${statusPath('AAAA-AAAA-A')}`, {
      headers: { authorization: bearer(credential ?? 'none') },
    })
  ).status;
const counters = async () =>
  ((await (await admin(sandbox.url, 'GET', '/kiosks')).json()) as { counters: Record<string, number> })
    .counters;

describe('credential service against the sandbox city', () => {
  it('enrols once, keeps the credential encrypted in the folder, and reuses it after a restart', async () => {
    const first = await service().status();
    expect(first).toMatchObject({ state: 'enrolled', storage: 'os_protected' });
    expect(await cityAnswers(first.credential)).toBe(404); // accepted: the receipt code is simply unknown
    expect(readFileSync(path.join(dir, CREDENTIAL_FILE), 'utf8')).not.toContain(first.credential ?? 'x');
    expect(await service().status()).toEqual(first);
    expect((await counters())['enrolments']).toBe(1);
  });

  it('after a revocation stays refused until IT provisions a new token, then enrols with it', async () => {
    const credential = service();
    const { credential: old } = await credential.status();
    await cityAnswers(old); // first use spends the token
    await admin(sandbox.url, 'POST', '/kiosks/HN-SVC-0001/revoke');
    expect(await cityAnswers(old)).toBe(401);
    expect(await credential.renew(old)).toMatchObject({ state: 'refused', credential: old });
    expect(logs.map((l) => l.event)).toContain('credential.refused');

    const { token } = (await (
      await admin(sandbox.url, 'POST', '/enrolment-tokens', { label: 'IT' })
    ).json()) as {
      token: string;
    };
    writeConfig(token);
    const renewed = await credential.renew(old);
    expect(renewed.state).toBe('enrolled');
    expect(await cityAnswers(renewed.credential)).toBe(404);
  });
});

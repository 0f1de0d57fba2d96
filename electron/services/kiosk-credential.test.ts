import { describe, expect, it } from 'vitest';
import type { EnrolRequest } from '../../shared/api/kiosk-auth';
import type { ProvisioningConfig } from '../../shared/config/provisioning-config';
import type { LogEntry } from '../../shared/ipc/log-entry';
import type { CredentialVault, StoredCredential } from './credential-vault';
import type { EnrolOutcome } from './enrolment-client';
import { createKioskCredential } from './kiosk-credential';

const CONFIG = {
  schemaVersion: 1,
  kioskId: 'HN-00001',
  wardCode: '00004',
  cityApiUrl: 'https://api.example.vn',
  cityPublicKey: 'not used here',
  defaultLocale: 'vi',
  locales: ['vi', 'en'],
  syncProbeGapSeconds: 360,
  heartbeatMinutes: 5,
  enrolmentToken: 'tok_first_token_0123456789abcdef',
} as ProvisioningConfig;

/** A vault on a "disk" the test can look at, shared by instances (a restart). */
function memoryVault(): CredentialVault & { disk: { stored: StoredCredential | null } } {
  const disk = { stored: null as StoredCredential | null };
  return {
    disk,
    load: async () => disk.stored,
    save: async (credential) => {
      disk.stored = credential;
    },
    storage: () => 'os_protected',
  };
}

/** The city's enrolment endpoint: each call takes the next scripted outcome. */
function city(...script: (EnrolOutcome | 'ok')[]) {
  const requests: EnrolRequest[] = [];
  let issued = 0;
  const enrol = async (_url: string, request: EnrolRequest): Promise<EnrolOutcome> => {
    requests.push(request);
    const next = script.shift() ?? 'ok';
    if (next !== 'ok') return next;
    issued += 1;
    return {
      ok: true,
      response: {
        kioskId: request.kioskId,
        credential: `mck_credential_number_${issued}_${'x'.repeat(24)}`,
        credentialId: `cred_${issued}`,
        issuedAt: '2026-11-20T02:00:00.000Z',
      },
    };
  };
  return { enrol, requests };
}

const REFUSED: EnrolOutcome = { ok: false, kind: 'refused', status: 401, code: 'enrolment_refused' };
const OFFLINE: EnrolOutcome = { ok: false, kind: 'transient', reason: 'network' };

function service(options: {
  vault?: ReturnType<typeof memoryVault>;
  enrol: ReturnType<typeof city>['enrol'];
  config?: () => ProvisioningConfig | undefined;
  now?: () => number;
}) {
  const logs: LogEntry[] = [];
  const vault = options.vault ?? memoryVault();
  const credential = createKioskCredential({
    loadConfig: options.config ?? (() => CONFIG),
    vault,
    enrol: options.enrol,
    appVersion: '0.1.0',
    log: (entry) => logs.push(entry),
    sleep: async () => undefined,
    retryDelaysMs: [10, 20],
    ...(options.now ? { now: options.now } : {}),
  });
  return { credential, vault, logs, events: () => logs.map((l) => l.event) };
}

describe('kiosk credential: enrolment', () => {
  it('enrols at first start with the token, stores the credential, and reuses it after a restart', async () => {
    const c = city();
    const first = service({ enrol: c.enrol });
    const status = await first.credential.status();
    expect(status).toEqual({
      credential: expect.stringContaining('mck_credential_number_1'),
      storage: 'os_protected',
      state: 'enrolled',
    });
    expect(c.requests).toEqual([
      { kioskId: 'HN-00001', wardCode: '00004', appVersion: '0.1.0', enrolmentToken: CONFIG.enrolmentToken },
    ]);
    expect(first.vault.disk.stored).toMatchObject({ kioskId: 'HN-00001', credentialId: 'cred_1' });
    expect(first.vault.disk.stored?.tokenSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(first.vault.disk.stored)).not.toContain(CONFIG.enrolmentToken);
    expect(first.events()).toEqual(['credential.enrolled', 'credential.ready']);

    const restarted = service({ vault: first.vault, enrol: c.enrol });
    expect(await restarted.credential.status()).toEqual(status);
    expect(c.requests).toHaveLength(1); // the token is single-use: never sent again
  });

  it('spends one token once even when several callers ask at the same moment', async () => {
    const c = city();
    const { credential } = service({ enrol: c.enrol });
    const answers = await Promise.all([credential.status(), credential.status(), credential.renew(null)]);
    expect(new Set(answers.map((a) => a.credential)).size).toBe(1);
    expect(c.requests).toHaveLength(1);
  });

  it('retries a transient failure quickly, then answers pending and waits before trying again', async () => {
    let clock = 0;
    const c = city(OFFLINE, OFFLINE, OFFLINE, OFFLINE);
    const s = service({ enrol: c.enrol, now: () => clock });
    expect(await s.credential.status()).toEqual({
      credential: null,
      storage: 'os_protected',
      state: 'pending',
    });
    expect(c.requests).toHaveLength(3);
    expect(s.events()).toEqual(['credential.enrolment_deferred']);
    expect((await s.credential.status()).state).toBe('pending');
    expect(c.requests).toHaveLength(3); // within the gap: no new attempt without a 401
    clock += 15_000;
    expect((await s.credential.status()).state).toBe('enrolled');
  });

  it('after a lost enrolment answer, enrols again with the same token (the city allows it until first use)', async () => {
    const c = city(OFFLINE);
    const { credential } = service({ enrol: c.enrol });
    expect((await credential.status()).state).toBe('enrolled');
    expect(c.requests.map((r) => r.enrolmentToken)).toEqual([CONFIG.enrolmentToken, CONFIG.enrolmentToken]);
  });

  it('a refused token is logged and not sent again until the file holds a new one', async () => {
    let config = CONFIG;
    const c = city(REFUSED);
    const s = service({ enrol: c.enrol, config: () => config });
    expect(await s.credential.status()).toEqual({
      credential: null,
      storage: 'os_protected',
      state: 'refused',
    });
    expect(await s.credential.renew(null)).toMatchObject({ state: 'refused' });
    expect(c.requests).toHaveLength(1);
    expect(s.logs.find((l) => l.event === 'credential.enrolment_refused')).toEqual({
      level: 'error',
      event: 'credential.enrolment_refused',
      data: { kioskId: 'HN-00001', status: 401, code: 'enrolment_refused' },
    });
    expect(s.logs.find((l) => l.event === 'credential.refused')?.data).toMatchObject({
      action: 'provision_new_enrolment_token',
    });
    config = { ...CONFIG, enrolmentToken: 'tok_second_token_0123456789abcdef' };
    expect((await s.credential.renew(null)).state).toBe('enrolled');
    expect(c.requests).toHaveLength(2);
  });

  it('enrols again when the kiosk is re-provisioned under another id or city', async () => {
    const c = city();
    let config = CONFIG;
    const s = service({ enrol: c.enrol, config: () => config });
    await s.credential.status();
    config = { ...CONFIG, kioskId: 'HN-00002', enrolmentToken: 'tok_for_the_new_id_0123456789ab' };
    expect(await s.credential.status()).toMatchObject({
      state: 'enrolled',
      credential: expect.stringContaining('_2_'),
    });
    expect(c.requests.map((r) => r.kioskId)).toEqual(['HN-00001', 'HN-00002']);
  });

  it('answers pending while the provisioning file is broken', async () => {
    const c = city();
    const s = service({ enrol: c.enrol, config: () => undefined });
    expect(await s.credential.status()).toMatchObject({ credential: null, state: 'pending' });
    expect(c.requests).toEqual([]);
  });
});

describe('kiosk credential: renewal after a 401', () => {
  it('answers from storage when another caller renewed already (re-read, no enrolment)', async () => {
    const c = city();
    const vault = memoryVault();
    const s = service({ vault, enrol: c.enrol });
    const old = (await s.credential.status()).credential;
    vault.disk.stored = {
      ...(vault.disk.stored as StoredCredential),
      credential: `mck_renewed_elsewhere_${'y'.repeat(24)}`,
    };
    const renewed = await s.credential.renew(old);
    expect(renewed.credential).toContain('renewed_elsewhere');
    expect(c.requests).toHaveLength(1);
  });

  it('with the same token in the file: the city refuses this kiosk; logged (at most every 10 minutes), queue untouched', async () => {
    let clock = 0;
    const c = city();
    const s = service({ enrol: c.enrol, now: () => clock });
    const { credential } = await s.credential.status();
    for (let i = 0; i < 5; i++) {
      expect(await s.credential.renew(credential)).toEqual({
        credential,
        storage: 'os_protected',
        state: 'refused',
      });
      clock += 60_000;
    }
    expect(c.requests).toHaveLength(1); // a spent token is not replayed
    const refusals = s.logs.filter((l) => l.event === 'credential.refused');
    expect(refusals).toEqual([
      {
        level: 'error',
        event: 'credential.refused',
        data: { kioskId: 'HN-00001', reason: 'credential_refused', action: 'provision_new_enrolment_token' },
      },
    ]);
    clock += 600_000;
    await s.credential.renew(credential);
    expect(s.logs.filter((l) => l.event === 'credential.refused')).toHaveLength(2);
  });

  it('with a new token in the file: enrols with it and hands out the new credential', async () => {
    const c = city();
    let config = CONFIG;
    const s = service({ enrol: c.enrol, config: () => config });
    const old = (await s.credential.status()).credential;
    config = { ...CONFIG, enrolmentToken: 'tok_after_revocation_0123456789ab' };
    const renewed = await s.credential.renew(old);
    expect(renewed).toMatchObject({ state: 'enrolled' });
    expect(renewed.credential).not.toBe(old);
    expect(c.requests.map((r) => r.enrolmentToken)).toEqual([
      CONFIG.enrolmentToken,
      'tok_after_revocation_0123456789ab',
    ]);
    // A restart finds the new one.
    expect(
      (await service({ vault: s.vault, enrol: c.enrol, config: () => config }).credential.status())
        .credential,
    ).toBe(renewed.credential);
  });

  it('enrols when no credential was ever obtained (first start while offline)', async () => {
    const c = city(OFFLINE, OFFLINE, OFFLINE);
    const s = service({ enrol: c.enrol });
    expect((await s.credential.status()).state).toBe('pending');
    expect((await s.credential.renew(null)).state).toBe('enrolled'); // a 401 prompts at once, no gap
  });
});

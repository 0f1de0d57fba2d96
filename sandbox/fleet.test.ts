import { beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS, ApiErrorSchema } from '../shared/api/city-api';
import { HeartbeatAcceptedSchema, type Heartbeat } from '../shared/api/heartbeat';
import type { FleetKiosk } from './fleet-view';
import { admin, authHeaders, TEST_KIOSK_ID, useSandbox } from './test-support';

let clock = Date.parse('2026-11-20T02:00:00.000Z');
beforeEach(() => {
  clock = Date.parse('2026-11-20T02:00:00.000Z');
});
const sandbox = useSandbox(() => ({ now: () => new Date(clock) }));

const heartbeat = (overrides: Partial<Heartbeat> = {}): Heartbeat => ({
  kioskId: TEST_KIOSK_ID,
  wardCode: '00004',
  appVersion: '0.1.0',
  shell: 'electron',
  sentAt: new Date(clock).toISOString(),
  intervalSeconds: 300,
  queue: { waiting: 2, rejected: 0, oldestWaitingAgeSeconds: 40 },
  lastSyncAt: new Date(clock - 30_000).toISOString(),
  connectivity: 'online',
  storage: { usageBytes: 1_000_000, quotaBytes: 10_000_000_000, freeBytes: 9_999_000_000 },
  errors: { since: new Date(clock - 300_000).toISOString(), counts: { network: 1 } },
  credentialStorage: 'os_protected',
  ...overrides,
});

const beat = (body: unknown, headers = authHeaders(sandbox().url)) =>
  fetch(`${sandbox().url}${API_PATHS.heartbeats}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const fleet = async () =>
  ((await (await admin(sandbox().url, 'GET', '/fleet')).json()) as { kiosks: FleetKiosk[] }).kiosks;
const mine = async () => (await fleet()).find((k) => k.kioskId === TEST_KIOSK_ID);

describe('POST /v1/heartbeats', () => {
  it('stores the heartbeat (202) and the fleet view shows the kiosk green, seen just now', async () => {
    const res = await beat(heartbeat());
    expect(res.status).toBe(202);
    expect(HeartbeatAcceptedSchema.parse(await res.json())).toEqual({
      receivedAt: '2026-11-20T02:00:00.000Z',
    });
    clock += 20_000;
    expect(await mine()).toMatchObject({
      light: 'green',
      reasons: [],
      lastSeenAgeSeconds: 20,
      appVersion: '0.1.0',
      heartbeat: { queue: { waiting: 2 } },
    });
  });

  it('keeps the history, newest first', async () => {
    for (const waiting of [3, 2, 1]) {
      expect(
        (await beat(heartbeat({ queue: { waiting, rejected: 0, oldestWaitingAgeSeconds: 1 } }))).status,
      ).toBe(202);
      clock += 60_000;
    }
    const { heartbeats } = (await (
      await admin(sandbox().url, 'GET', `/kiosks/${TEST_KIOSK_ID}/heartbeats`)
    ).json()) as {
      heartbeats: { heartbeat: Heartbeat }[];
    };
    expect(heartbeats.map((h) => h.heartbeat.queue.waiting)).toEqual([1, 2, 3]);
  });

  it('goes amber, then red, as the kiosk falls silent', async () => {
    await beat(heartbeat());
    clock += 8 * 60_000;
    expect(await mine()).toMatchObject({ light: 'amber', reasons: ['late'] });
    clock += 10 * 60_000;
    expect(await mine()).toMatchObject({ light: 'red', reasons: ['silent'] });
  });

  it('shows weak credential storage and revocation', async () => {
    await beat(heartbeat({ credentialStorage: 'weak' }));
    expect(await mine()).toMatchObject({ light: 'amber', reasons: ['weak_credential_storage'] });
    await admin(sandbox().url, 'POST', `/kiosks/${TEST_KIOSK_ID}/revoke`);
    expect(await mine()).toMatchObject({ light: 'red', liveCredentialId: null });
  });

  it('refuses a heartbeat for another kiosk (403), extra fields (400) and no credential (401)', async () => {
    const other = await beat(heartbeat({ kioskId: 'HN-OTHER-01' }));
    expect(other.status).toBe(403);
    expect(ApiErrorSchema.parse(await other.json()).code).toBe('kiosk_mismatch');
    const extra = await beat({ ...heartbeat(), residentName: 'Nguyễn Văn An' });
    expect(extra.status).toBe(400);
    expect((await beat(heartbeat(), {})).status).toBe(401);
    expect((await mine())?.lastSeenAt).toBeNull();
  });
});

describe('fleet view', () => {
  it('lists enrolled kiosks that never beat as red', async () => {
    expect(await mine()).toMatchObject({ light: 'red', reasons: ['never_seen'], lastSeenAgeSeconds: null });
  });

  it('serves an HTML page with each kiosk, its age and light, escaping what kiosks sent', async () => {
    await beat(heartbeat({ appVersion: '<script>alert(1)</script>' }));
    clock += 3 * 60_000;
    const res = await fetch(`${sandbox().url}/__sandbox/fleet.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain(TEST_KIOSK_ID);
    expect(html).toContain('3 min ago');
    expect(html).toContain('>green<');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

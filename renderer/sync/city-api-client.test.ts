import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../shared/api/audit-events';
import type { Heartbeat } from '../../shared/api/heartbeat';
import { submissionRequest } from '../../tests/support/submission-request';
import { CityApiClient } from './city-api-client';

type Seen = { method: string; path: string; authorization: string | null; body: string | undefined };

/** A fetch that records every request and answers from a table by "METHOD /path". */
function recordingFetch(answers: Record<string, { status: number; body?: unknown }> = {}) {
  const seen: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    seen.push({
      method,
      path: url.pathname,
      authorization: new Headers(init?.headers).get('authorization'),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const answer = answers[`${method} ${url.pathname}`] ?? {
      status: 503,
      body: { code: 'unavailable', message: 'x' },
    };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const client = (
  fetch: typeof globalThis.fetch,
  credential: string | null = 'mck_the-kiosk-credential-0123456789',
) =>
  new CityApiClient({
    baseUrl: 'https://city.example',
    fetch,
    now: () => 0,
    credential: async () => credential,
  });

const event = (n: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  eventId: `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kioskId: 'HN-00001',
  at: '2026-11-20T09:15:00+07:00',
  action: 'staff.force_sync',
  details: { waiting: 3 },
  ...overrides,
});

const heartbeat: Heartbeat = {
  kioskId: 'HN-00001',
  wardCode: '00004',
  appVersion: '0.1.0',
  shell: 'electron',
  sentAt: '2026-11-20T02:00:00.000Z',
  intervalSeconds: 300,
  queue: { waiting: 0, rejected: 0, oldestWaitingAgeSeconds: null },
  lastSyncAt: null,
  connectivity: 'online',
  storage: { usageBytes: null, quotaBytes: null, freeBytes: null },
  errors: { since: '2026-11-20T01:55:00.000Z', counts: {} },
  credentialStorage: 'os_protected',
};

describe('CityApiClient authorization', () => {
  it('sends the credential as a bearer token on every kind of request', async () => {
    const { fetch, seen } = recordingFetch();
    const api = client(fetch);
    const r = submissionRequest(1);
    await api.postSubmission(r);
    await api.attachmentStatus(r.submissionId, 'photo-1');
    await api.putAttachmentChunk(r.submissionId, 'photo-1', 0, new Blob([new Uint8Array(4)]), 4);
    await api.getStatus(r.receiptCode);
    await api.getCatalog(null);
    await api.probe();
    await api.postHeartbeat(heartbeat);
    await api.postAuditEvents({ events: [event(1)] });
    expect(seen.map((s) => `${s.method} ${s.path.replace(/[0-9a-f-]{36}/, ':id')}`)).toEqual([
      'POST /v1/submissions',
      'GET /v1/submissions/:id/attachments/photo-1',
      'PUT /v1/submissions/:id/attachments/photo-1',
      `GET /v1/submissions/${r.receiptCode}/status`,
      'GET /v1/catalog',
      'GET /v1/health',
      'POST /v1/heartbeats',
      'POST /v1/audit-events',
    ]);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(
      new Set(['Bearer mck_the-kiosk-credential-0123456789']),
    );
  });

  it('sends no Authorization header while the kiosk has no credential', async () => {
    const { fetch, seen } = recordingFetch();
    await client(fetch, null).getStatus('AB34-CD67-9');
    expect(seen[0]?.authorization).toBeNull();
  });

  it('reports a 401 as an outcome for the renewal path, not a throw', async () => {
    const { fetch } = recordingFetch({
      'POST /v1/submissions': { status: 401, body: { code: 'unauthorized', message: 'revoked' } },
    });
    expect(await client(fetch).postSubmission(submissionRequest(2))).toEqual({
      ok: false,
      outcome: { kind: 'http', status: 401, errorCode: 'unauthorized' },
      retryAfterMs: null,
    });
  });
});

describe('CityApiClient.postAuditEvents', () => {
  it('posts the batch and returns what the city holds', async () => {
    const accepted = { stored: 1, duplicates: [event(2).eventId], conflicts: [] };
    const { fetch, seen } = recordingFetch({ 'POST /v1/audit-events': { status: 200, body: accepted } });
    const batch = {
      events: [event(2), event(3, { action: 'staff.exit', details: { durationSeconds: 90 } })],
    };
    expect(await client(fetch).postAuditEvents(batch)).toEqual({ ok: true, accepted });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual(batch);
  });

  it('leaves a 503 or a lost connection to be retried with the same batch', async () => {
    const { fetch } = recordingFetch();
    expect(await client(fetch).postAuditEvents({ events: [event(4)] })).toMatchObject({
      ok: false,
      outcome: { kind: 'http', status: 503, errorCode: 'unavailable' },
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    expect(await client(offline).postAuditEvents({ events: [event(5)] })).toMatchObject({
      ok: false,
      outcome: { kind: 'network' },
    });
  });

  it('treats an unreadable 200 as transient (502), never as stored', async () => {
    const { fetch } = recordingFetch({ 'POST /v1/audit-events': { status: 200, body: { ok: 'yes' } } });
    expect(await client(fetch).postAuditEvents({ events: [event(6)] })).toMatchObject({
      ok: false,
      outcome: { kind: 'http', status: 502 },
    });
  });

  it('refuses, without a request, a batch the contract refuses (personal data has no field to go in)', async () => {
    const { fetch, seen } = recordingFetch();
    const bad = { events: [{ ...event(7), details: { staffName: 'Trần Thị B' } }] } as never;
    expect(await client(fetch).postAuditEvents(bad)).toMatchObject({
      ok: false,
      outcome: { kind: 'http', status: 400 },
    });
    expect(await client(fetch).postAuditEvents({ events: [] })).toMatchObject({ ok: false });
    expect(seen).toEqual([]);
  });
});

describe('CityApiClient.postHeartbeat', () => {
  it('is ok on 202 with a receipt time, and a failure outcome otherwise', async () => {
    const ok = recordingFetch({
      'POST /v1/heartbeats': { status: 202, body: { receivedAt: '2026-11-20T02:00:01.000Z' } },
    });
    expect(await client(ok.fetch).postHeartbeat(heartbeat)).toEqual({ ok: true });
    expect(JSON.parse(ok.seen[0]?.body ?? '')).toEqual(heartbeat);
    const refused = recordingFetch({
      'POST /v1/heartbeats': { status: 403, body: { code: 'kiosk_mismatch', message: 'x' } },
    });
    expect(await client(refused.fetch).postHeartbeat(heartbeat)).toMatchObject({
      ok: false,
      outcome: { status: 403, errorCode: 'kiosk_mismatch' },
    });
  });
});

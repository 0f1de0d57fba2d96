import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionRequest } from '../../shared/api/city-api';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { submissionRequest } from '../../tests/support/submission-request';

/** A scripted city API at the fetch boundary: each call takes the next scripted reply. */
type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

function scriptedFetch(replies: Reply[]) {
  const calls: { url: string; method: string; headers: Headers; body: string | undefined }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const reply = replies.shift() ?? 'network-error';
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

let counter = 0;
const request = () => submissionRequest(++counter);

const accepted = (r: SubmissionRequest, status = 1) => ({
  status: 201,
  body: {
    submissionId: r.submissionId,
    receiptCode: r.receiptCode,
    status,
    receivedAt: '2026-11-23T10:00:05.000Z',
  },
});

describe('SyncEngine', () => {
  let db: OutboxDatabase;
  let outbox: Outbox;
  let clock: number;
  let timers: { callback: () => void; ms: number }[];

  beforeEach(async () => {
    db = new OutboxDatabase(`sync-test-${Math.random()}`);
    clock = 1_000_000;
    outbox = new Outbox(db, () => clock);
    timers = [];
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function engine(replies: Reply[]) {
    const { fetch, calls } = scriptedFetch(replies);
    const api = new CityApiClient({ baseUrl: 'https://city.example', fetch, now: () => clock });
    const sync = new SyncEngine({
      outbox,
      api,
      now: () => clock,
      random: () => 0.5,
      withLock: async (task) => {
        await task();
        return true;
      },
      setTimer: (callback, ms) => timers.push({ callback, ms }),
      clearTimer: () => undefined,
      statusPollMs: 60_000,
    });
    return { sync, calls };
  }

  it('delivers with the submission id as Idempotency-Key and records the city status', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync, calls } = engine([accepted(r)]);
    sync.kick();
    await sync.idle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe('https://city.example/v1/submissions');
    expect(calls[0]?.headers.get('Idempotency-Key')).toBe(r.submissionId);
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(r);
    const stored = await outbox.get(r.submissionId);
    expect(stored).toMatchObject({
      state: 'delivered',
      dossierStatus: 1,
      serverReceivedAt: '2026-11-23T10:00:05.000Z',
    });
  });

  it('retries transient failures with backoff, sending the identical body under the same key', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync, calls } = engine([
      'network-error',
      { status: 503, headers: { 'Retry-After': '7' } },
      accepted(r),
    ]);
    sync.kick();
    await sync.idle();
    let record = await outbox.get(r.submissionId);
    expect(record).toMatchObject({ state: 'queued', attempts: 1, lastError: 'network' });
    // Full jitter with random 0.5 after the first failure (ceiling = base 1 s): 500 ms.
    expect(record?.nextAttemptAt).toBe(clock + 500);

    clock += 500;
    sync.kick();
    await sync.idle();
    record = await outbox.get(r.submissionId);
    expect(record).toMatchObject({ state: 'queued', attempts: 2, lastError: 'http_503' });
    // Retry-After (7 s) is a floor above the jittered delay (0.5 × 2 s).
    expect(record?.nextAttemptAt).toBe(clock + 7_000);

    clock += 7_000;
    sync.kick();
    await sync.idle();
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect(new Set(calls.map((c) => c.headers.get('Idempotency-Key'))).size).toBe(1);
  });

  it('does not call the city before a scheduled retry is due, unless connectivity returns', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync, calls } = engine(['network-error', accepted(r)]);
    sync.kick();
    await sync.idle();
    sync.kick();
    await sync.idle();
    expect(calls).toHaveLength(1);
    await sync.connectivityRestored();
    await sync.idle();
    expect(calls).toHaveLength(2);
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
  });

  it('turns a permanent rejection into a visible state and moves on to the next submission', async () => {
    const bad = request();
    const good = request();
    await outbox.enqueue(bad);
    clock += 1;
    await outbox.enqueue(good);
    const { sync, calls } = engine([
      { status: 422, body: { code: 'unknown_procedure', message: 'no such procedure' } },
      accepted(good),
    ]);
    sync.kick();
    await sync.idle();
    expect(calls.map((c) => JSON.parse(c.body ?? '{}').submissionId)).toEqual([
      bad.submissionId,
      good.submissionId,
    ]);
    expect(await outbox.get(bad.submissionId)).toMatchObject({ state: 'rejected', lastError: 'http_422' });
    expect((await outbox.get(good.submissionId))?.state).toBe('delivered');
  });

  it('treats 409 request_in_progress as "ask again later", not a rejection', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync } = engine([{ status: 409, body: { code: 'request_in_progress', message: 'busy' } }]);
    sync.kick();
    await sync.idle();
    expect((await outbox.get(r.submissionId))?.state).toBe('queued');
  });

  it('treats an unreadable success as transient, so the same key is retried instead of trusted', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync } = engine([{ status: 201, body: { nonsense: true } }]);
    sync.kick();
    await sync.idle();
    expect(await outbox.get(r.submissionId)).toMatchObject({ state: 'queued', lastError: 'http_502' });
  });

  it('recovers a send interrupted by a crash and delivers it', async () => {
    const r = request();
    await outbox.enqueue(r);
    await outbox.markSending(r.submissionId); // the page died here
    const { sync, calls } = engine([accepted(r)]);
    await sync.start();
    await sync.idle();
    expect(calls).toHaveLength(1);
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
  });

  it('pulls the status of delivered submissions until it is final', async () => {
    const r = request();
    await outbox.enqueue(r);
    const status = (code: number) => ({
      status: 200,
      body: {
        receiptCode: r.receiptCode,
        status: code,
        updatedAt: '2026-11-24T08:00:00.000Z',
        dossierCode: code >= 2 ? 'H26.107-261124-0001' : null,
      },
    });
    const { sync, calls } = engine([accepted(r), status(2), status(10)]);
    sync.kick();
    await sync.idle();
    expect(await outbox.get(r.submissionId)).toMatchObject({ dossierStatus: 1 });
    clock += 60_000;
    sync.kick();
    await sync.idle();
    expect(await outbox.get(r.submissionId)).toMatchObject({
      dossierStatus: 2,
      dossierCode: 'H26.107-261124-0001',
    });
    clock += 60_000;
    sync.kick();
    await sync.idle();
    expect((await outbox.get(r.submissionId))?.dossierStatus).toBe(10);
    clock += 60_000;
    sync.kick();
    await sync.idle();
    // 10 "Đã trả kết quả" is final: no more status calls.
    expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });

  it('schedules its next wake-up for the earliest retry', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync } = engine(['network-error']);
    sync.kick();
    await sync.idle();
    expect(timers.at(-1)?.ms).toBe(500);
  });
});

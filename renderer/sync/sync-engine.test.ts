import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_CHUNK_BYTES } from '../../shared/api/sealed-payload';
import { fakeCity } from '../../tests/support/fake-city';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { acceptedReply } from './accepted-reply';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { DEFAULT_CATCH_UP } from '../../shared/sync/catch-up-pacing';

let counter = 0;
const request = () => submissionRequest(++counter);

const accepted = acceptedReply;

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

  function engine(extra: { reauthenticate?: () => Promise<boolean> } = {}) {
    const city = fakeCity();
    const api = new CityApiClient({ baseUrl: 'https://city.example', fetch: city.fetch, now: () => clock });
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
      // Short probe gaps so the numbers below stay readable; the pacing itself is tested in shared/sync.
      catchUp: { ...DEFAULT_CATCH_UP, probeGapMs: 1_000, reconnectSpreadMs: 1_000 },
      ...extra,
    });
    const pass = async () => {
      sync.kick();
      await sync.idle();
    };
    return { sync, city, pass };
  }

  it('delivers with the submission id as Idempotency-Key', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync, city, pass } = engine();
    city.posts.push(accepted(r));
    await pass();
    expect(city.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual(['POST /v1/submissions']);
    const post = city.work()[0];
    expect(post?.headers.get('Idempotency-Key')).toBe(r.submissionId);
    expect(JSON.parse(post?.body ?? '')).toEqual(r);
    expect(sync.connectivity).toBe('online');
    expect(await outbox.get(r.submissionId)).toMatchObject({
      state: 'delivered',
      dossierStatus: 1,
      serverReceivedAt: '2026-11-23T10:00:05.000Z',
    });
  });

  it('asks the health endpoint when it has nothing to send and does not know the connection', async () => {
    const { sync, city, pass } = engine();
    city.setHealthy(false);
    await pass();
    expect(sync.connectivity).toBe('offline');
    city.setHealthy(true);
    await pass();
    expect(sync.connectivity).toBe('online');
    expect(city.calls.map((c) => new URL(c.url).pathname)).toEqual(['/v1/health', '/v1/health']);
  });

  it('drains a long queue with several in flight, each submission exactly once, oldest first', async () => {
    const queued = Array.from({ length: 25 }, () => request());
    for (const r of queued) {
      await outbox.enqueue(r);
      clock += 1;
    }
    const { city, pass } = engine();
    city.posts.push(...queued.map((r) => accepted(r)));
    await pass();
    const sent = city.work().map((c) => JSON.parse(c.body ?? '{}').submissionId as string);
    expect(new Set(sent).size).toBe(25);
    expect(sent).toHaveLength(25);
    // In flight together, so not strictly ordered, but no submission overtakes one a whole batch older.
    expect(sent.slice(0, 8).sort()).toEqual(
      queued
        .slice(0, 8)
        .map((r) => r.submissionId)
        .sort(),
    );
    expect(await outbox.counts()).toEqual({ queued: 0, sending: 0, delivered: 25, rejected: 0 });
  });

  it('stops taking new submissions when a failure starts a streak, and returns the unsent ones', async () => {
    const queued = Array.from({ length: 20 }, () => request());
    for (const r of queued) {
      await outbox.enqueue(r);
      clock += 1;
    }
    const { city, pass, sync } = engine();
    city.posts.push(...queued.slice(0, 3).map((r) => accepted(r)), 'network-error');
    await pass();
    expect(sync.connectivity).toBe('offline');
    const counts = await outbox.counts();
    expect(counts.sending).toBe(0);
    expect(counts.delivered + counts.queued).toBe(20);
    expect(city.work().length).toBeLessThan(20);
  });

  it('purges the sealed payload once delivered, keeping what status lookup needs', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push(accepted(r));
    await pass();
    const stored = await outbox.get(r.submissionId);
    expect(stored?.request).toBeUndefined();
    expect(stored).toMatchObject({ receiptCode: r.receiptCode, procedureId: 'HT-KS', state: 'delivered' });
    expect(stored?.purgedAt).toBe(clock);
  });

  it('during a failure streak sends one probe at a time, and nothing before its wait is over', async () => {
    const first = request();
    await outbox.enqueue(first);
    clock += 1;
    const second = request();
    await outbox.enqueue(second);
    const { sync, city, pass } = engine();
    city.posts.push('network-error', 'network-error', 'network-error', accepted(first), accepted(second));
    await pass();
    expect(sync.connectivity).toBe('offline');
    // Both were in flight when the outage began (up to four go at once).
    expect(city.work()).toHaveLength(2);
    await pass();
    sync.kick(); // a new submission's kick must not send before the streak's wait either
    await sync.idle();
    expect(city.work()).toHaveLength(2);
    clock += 60_000;
    await pass();
    // Now only the oldest submission probes; the other one waits for the streak to end.
    expect(city.work().map((c) => JSON.parse(c.body ?? '{}').submissionId)).toEqual([
      first.submissionId,
      second.submissionId,
      first.submissionId,
    ]);
    clock += 60 * 60_000;
    await pass();
    expect((await outbox.get(first.submissionId))?.state).toBe('delivered');
    expect(sync.connectivity).toBe('online');
  });

  it('after an outage releases the backlog at a pace, while new submissions go out at once', async () => {
    const [a, b, c] = [request(), request(), request()];
    for (const r of [a, b, c]) {
      await outbox.enqueue(r);
      clock += 1;
    }
    const { city, pass } = engine();
    city.posts.push('network-error');
    await pass(); // the outage starts
    clock += 10 * 60_000;
    city.posts.push(accepted(a));
    await pass(); // the probe gets through after ten minutes
    expect((await outbox.get(a.submissionId))?.state).toBe('delivered');
    // Two left; a window as long as the outage (10 min) → mean gap 5 min, the first at 0.5 × 5 min.
    const parked = await outbox.get(b.submissionId);
    expect(parked?.nextAttemptAt).toBe(clock + 150_000);
    expect((await outbox.get(c.submissionId))?.state).toBe('queued');

    const fresh = request();
    await outbox.enqueue(fresh);
    city.posts.push(accepted(fresh));
    await pass();
    expect((await outbox.get(fresh.submissionId))?.state).toBe('delivered');
    expect((await outbox.get(b.submissionId))?.state).toBe('queued');

    clock += 150_000;
    city.posts.push(accepted(b));
    await pass();
    expect((await outbox.get(b.submissionId))?.state).toBe('delivered');
    // The next one follows one mean gap later (± jitter; random 0.5 → exactly the mean).
    expect((await outbox.get(c.submissionId))?.nextAttemptAt).toBe(clock + 300_000);
  });

  it('retries transient failures with backoff, sending the identical body under the same key', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push('network-error', { status: 503, headers: { 'Retry-After': '7' } }, accepted(r));
    await pass();
    let record = await outbox.get(r.submissionId);
    expect(record).toMatchObject({ state: 'queued', attempts: 1, lastError: 'network' });
    // The streak's one quick retry: full jitter with random 0.5 (ceiling = base 1 s): 500 ms.
    expect(record?.nextAttemptAt).toBe(clock + 500);

    clock += 500;
    await pass();
    record = await outbox.get(r.submissionId);
    expect(record).toMatchObject({ state: 'queued', attempts: 2, lastError: 'http_503' });
    // Retry-After (7 s) is a floor above both the jittered delay (0.5 × 2 s) and the probe gap.
    expect(record?.nextAttemptAt).toBe(clock + 7_000);

    clock += 7_000;
    await pass();
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
    const posts = city.work().filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((c) => c.body)).size).toBe(1);
    expect(new Set(posts.map((c) => c.headers.get('Idempotency-Key'))).size).toBe(1);
  });

  it('does not call the city before a scheduled retry is due, unless connectivity returns', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { sync, city, pass } = engine();
    city.posts.push({ status: 503 }, accepted(r));
    await pass();
    await pass();
    expect(city.work()).toHaveLength(1);
    await sync.connectivityRestored();
    await sync.idle();
    expect(city.work()).toHaveLength(2);
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
  });

  it('turns a permanent rejection into a visible state and moves on to the next submission', async () => {
    const bad = request();
    const good = request();
    await outbox.enqueue(bad);
    clock += 1;
    await outbox.enqueue(good);
    const { city, pass } = engine();
    city.posts.push(
      { status: 422, body: { code: 'unknown_procedure', message: 'no such procedure' } },
      accepted(good),
    );
    await pass();
    expect(city.work().map((c) => JSON.parse(c.body ?? '{}').submissionId)).toEqual([
      bad.submissionId,
      good.submissionId,
    ]);
    expect(await outbox.get(bad.submissionId)).toMatchObject({
      state: 'rejected',
      lastError: 'http_422_unknown_procedure',
    });
    // A rejected submission keeps its sealed payload: it is a dead letter for staff, not a purge.
    expect((await outbox.get(bad.submissionId))?.request).toBeDefined();
    expect((await outbox.get(good.submissionId))?.state).toBe('delivered');
  });

  it('renews the credential after a 401 and resends at once, at most once a minute', async () => {
    const r = request();
    await outbox.enqueue(r);
    let renewals = 0;
    const { city, pass } = engine({ reauthenticate: async () => (renewals += 1) > 0 });
    city.posts.push({ status: 401, body: { code: 'unauthorized', message: 'expired' } }, accepted(r));
    await pass();
    expect(renewals).toBe(1);
    // Due at once with the new credential: the same pass (or the next) delivers it.
    await pass();
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');

    // A city that keeps refusing fresh credentials meets the normal backoff, not a renewal loop.
    const again = request();
    await outbox.enqueue(again);
    city.posts.push(
      { status: 401, body: { code: 'unauthorized', message: 'no' } },
      { status: 401, body: { code: 'unauthorized', message: 'no' } },
    );
    await pass();
    expect(renewals).toBe(1); // within the cooldown of the first renewal
    expect(await outbox.get(again.submissionId)).toMatchObject({
      state: 'queued',
      lastError: 'http_401_unauthorized',
    });
    expect((await outbox.get(again.submissionId))?.nextAttemptAt).toBeGreaterThan(clock);
  });

  it('without a way to renew, retries a 401 with backoff instead of rejecting it', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push({ status: 401, body: { code: 'unauthorized', message: 'no' } });
    await pass();
    expect(await outbox.get(r.submissionId)).toMatchObject({
      state: 'queued',
      lastError: 'http_401_unauthorized',
    });
  });

  it('treats 409 request_in_progress as "ask again later", not a rejection', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push({ status: 409, body: { code: 'request_in_progress', message: 'busy' } });
    await pass();
    expect((await outbox.get(r.submissionId))?.state).toBe('queued');
  });

  it('treats an unreadable success as transient, so the same key is retried instead of trusted', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push({ status: 201, body: { nonsense: true } });
    await pass();
    expect(await outbox.get(r.submissionId)).toMatchObject({ state: 'queued', lastError: 'http_502' });
  });

  it('recovers a send interrupted by a crash and delivers it', async () => {
    const r = request();
    await outbox.enqueue(r);
    await outbox.markSending(r.submissionId); // the page died here
    const { sync, city } = engine();
    city.posts.push(accepted(r));
    await sync.start();
    await sync.idle();
    expect(city.work()).toHaveLength(1);
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
  });

  describe('attachments', () => {
    const size = ATTACHMENT_CHUNK_BYTES * 2 + 100;
    const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7) % 251);
    const withAttachment = () => {
      const r = request();
      const meta = { id: 'photo-1', size, sha256: 'a'.repeat(64), iv: 'AAAAAAAAAAAAAAAA' };
      return { r: { ...r, attachments: [meta] }, meta };
    };

    it('uploads in chunks after the POST and delivers only when the city has every byte', async () => {
      const { r, meta } = withAttachment();
      await outbox.enqueue(r, [{ meta, blob: new Blob([bytes]) }]);
      const { city, pass } = engine();
      city.declareAttachment(r.submissionId, 'photo-1', size);
      city.posts.push(accepted(r, 1, ['photo-1']));
      await pass();
      expect(city.received(r.submissionId, 'photo-1')).toEqual(bytes);
      expect(
        city
          .work()
          .filter((c) => c.method === 'PUT')
          .map((c) => c.bytes),
      ).toEqual([ATTACHMENT_CHUNK_BYTES, ATTACHMENT_CHUNK_BYTES, 100]);
      expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
      // Purged with the submission.
      expect(await outbox.attachmentsOf(r.submissionId)).toEqual([]);
    });

    it('resumes from the offset the city acknowledged after an interrupted upload', async () => {
      const { r, meta } = withAttachment();
      await outbox.enqueue(r, [{ meta, blob: new Blob([bytes]) }]);
      const { city, pass } = engine();
      city.declareAttachment(r.submissionId, 'photo-1', size);
      city.posts.push(accepted(r, 1, ['photo-1']), { ...accepted(r, 1, ['photo-1']), status: 200 });
      city.chunkFaults.push(null, 'network-error'); // the first chunk arrives, the second is cut off
      await pass();
      const afterFirst = await outbox.attachmentsOf(r.submissionId);
      expect(afterFirst[0]?.uploadedOffset).toBe(ATTACHMENT_CHUNK_BYTES);
      expect((await outbox.get(r.submissionId))?.state).toBe('queued');

      clock += 10 * 60_000;
      await pass();
      expect(city.received(r.submissionId, 'photo-1')).toEqual(bytes);
      const puts = city.work().filter((c) => c.method === 'PUT' && c.bytes !== undefined);
      // 64 KiB were never sent twice: the retry continued at the acknowledged offset.
      expect(puts.map((c) => c.bytes)).toEqual([ATTACHMENT_CHUNK_BYTES, ATTACHMENT_CHUNK_BYTES, 100]);
      expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
    });

    it('follows the city when it reports a different offset (409 offset_mismatch)', async () => {
      const { r, meta } = withAttachment();
      await outbox.enqueue(r, [{ meta, blob: new Blob([bytes]) }]);
      await outbox.recordUpload(`${r.submissionId}/photo-1`, ATTACHMENT_CHUNK_BYTES, false); // stale local offset
      const { city, pass } = engine();
      city.declareAttachment(r.submissionId, 'photo-1', size);
      city.posts.push(accepted(r, 1, ['photo-1']));
      await pass();
      expect(city.received(r.submissionId, 'photo-1')).toEqual(bytes);
    });
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
    const { city, pass } = engine();
    city.posts.push(accepted(r));
    city.statuses.push(status(2), status(10));
    await pass();
    expect(await outbox.get(r.submissionId)).toMatchObject({ dossierStatus: 1 });
    clock += 60_000;
    await pass();
    expect(await outbox.get(r.submissionId)).toMatchObject({
      dossierStatus: 2,
      dossierCode: 'H26.107-261124-0001',
    });
    clock += 60_000;
    await pass();
    expect((await outbox.get(r.submissionId))?.dossierStatus).toBe(10);
    clock += 60_000;
    await pass();
    // 10 "Đã trả kết quả" is final: no more status calls.
    expect(city.work().filter((c) => c.url.endsWith('/status'))).toHaveLength(2);
  });

  it('schedules its next wake-up for the earliest retry', async () => {
    const r = request();
    await outbox.enqueue(r);
    const { city, pass } = engine();
    city.posts.push({ status: 503 });
    await pass();
    expect(timers.at(-1)?.ms).toBe(500);
  });
});

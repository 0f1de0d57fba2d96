import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditBatch } from '../../shared/api/audit-events';
import type { SubmissionRequest } from '../../shared/api/city-api';
import { DEFAULT_BACKOFF } from '../../shared/sync/backoff';
import { fakeCity, type Reply } from '../../tests/support/fake-city';
import { submissionRequest } from '../../tests/support/submission-request';
import { AuditQueue } from '../outbox/audit-queue';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { SurveyQueue } from '../outbox/survey-queue';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { MANUAL_SYNC } from './testing/manual-sync';

/** The fake city, plus the survey and audit endpoints: surveys always taken, audit batches scripted. */
function cityWithAudit() {
  const city = fakeCity();
  const paths: string[] = [];
  const batches: AuditBatch[] = [];
  const auditReplies: Reply[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    paths.push(`${init?.method ?? 'GET'} ${path}`);
    if (path === '/v1/surveys') {
      return json(201, { surveyId: (JSON.parse(String(init?.body)) as { surveyId: string }).surveyId });
    }
    if (path !== '/v1/audit-events') return city.fetch(input, init);
    const batch = JSON.parse(String(init?.body)) as AuditBatch;
    batches.push(batch);
    const reply = auditReplies.shift() ?? {
      status: 200,
      body: { stored: batch.events.length, duplicates: [], conflicts: [] },
    };
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    return json(reply.status, reply.body);
  }) as typeof globalThis.fetch;
  return { city, fetch, paths, batches, auditReplies };
}

/** The city's 201 for a submission. */
const accepted = (r: SubmissionRequest): Reply => ({
  status: 201,
  body: {
    submissionId: r.submissionId,
    receiptCode: r.receiptCode,
    status: 1,
    receivedAt: '2026-11-23T03:00:05.000Z',
    missingAttachments: [],
  },
});

describe('SyncEngine: staff audit events', () => {
  let db: OutboxDatabase;
  let outbox: Outbox;
  let surveys: SurveyQueue;
  let audit: AuditQueue;
  let clock: number;

  beforeEach(() => {
    db = new OutboxDatabase(`sync-audit-test-${Math.random()}`);
    clock = Date.parse('2026-11-23T03:00:00.000Z');
    outbox = new Outbox(db, () => clock);
    surveys = new SurveyQueue(db, () => clock, { releaseAt: (now) => now });
    audit = new AuditQueue(db, () => clock, { kioskId: 'HN-TEST', newId: () => crypto.randomUUID() });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function engine() {
    const city = cityWithAudit();
    const sync = new SyncEngine({
      outbox,
      surveys,
      audit,
      api: new CityApiClient({ baseUrl: 'https://city.example', fetch: city.fetch, now: () => clock }),
      now: () => clock,
      random: () => 0.5,
      ...MANUAL_SYNC,
    });
    const pass = async () => {
      sync.kick();
      await sync.idle();
    };
    return { sync, city, pass };
  }

  it('sends staff events after the submissions and surveys, then forgets them', async () => {
    const r = submissionRequest(1);
    await outbox.enqueue(r);
    await surveys.enqueue({
      surveyId: '5a000000-0000-4000-8000-000000000001',
      kioskId: 'HN-TEST',
      wardCode: '00004',
      procedureId: 'HT-KS',
      locale: 'vi',
      answeredHour: '2026-11-23T03:00:00.000Z',
      answers: [{ questionId: 'overall', level: 5 }],
    });
    const unlock = await audit.record('staff.unlock');
    const forced = await audit.record('staff.force_sync', { waiting: 1, outcome: 'ok' });
    const { city, pass } = engine();
    city.city.posts.push(accepted(r));
    await pass();
    expect(city.paths).toEqual(['POST /v1/submissions', 'POST /v1/surveys', 'POST /v1/audit-events']);
    // One batch with both (the city orders them by their own time, `at`).
    expect(city.batches).toHaveLength(1);
    expect(city.batches[0]?.events).toHaveLength(2);
    expect(city.batches[0]?.events).toEqual(expect.arrayContaining([unlock.event, forced.event]));
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });

  it('sends at most 100 events per request', async () => {
    for (let i = 0; i < 150; i++) await audit.record('staff.exit', { durationSeconds: i });
    const { city, pass } = engine();
    await pass();
    expect(city.batches.map((b) => b.events.length)).toEqual([100, 50]);
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });

  it('resends the same events after a lost answer, with backoff, until the city has them', async () => {
    await audit.record('staff.unlock_failed', { failedAttempts: 1 });
    const { city, pass } = engine();
    city.auditReplies.push('network-error', { status: 503, body: { code: 'unavailable', message: 'busy' } });
    await pass();
    expect(await audit.counts()).toEqual({ queued: 1, rejected: 0 });
    // Offline now: the next attempt waits for the backoff, as the surveys do.
    const [waiting] = await audit.due(Infinity, 10);
    expect(waiting?.nextAttemptAt).toBe(clock + DEFAULT_BACKOFF.baseMs / 2);
    await pass();
    expect(city.batches).toHaveLength(1);

    clock += DEFAULT_BACKOFF.baseMs;
    await pass(); // 503
    clock += 10 * DEFAULT_BACKOFF.baseMs;
    await pass(); // accepted
    expect(city.batches).toHaveLength(3);
    expect(new Set(city.batches.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });

  it('parks a batch the city refuses instead of retrying it for ever', async () => {
    await audit.record('staff.exit', { durationSeconds: 10 });
    const { city, pass } = engine();
    city.auditReplies.push({ status: 400, body: { code: 'invalid_request', message: 'no' } });
    await pass();
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 1 });
    clock += 60 * 60_000;
    await pass();
    expect(city.batches).toHaveLength(1);
  });

  it('sends nothing during a submission failure streak; "send now" cuts the wait short', async () => {
    const r = submissionRequest(1);
    await outbox.enqueue(r);
    await audit.record('staff.unlock');
    const { city, pass, sync } = engine();
    city.city.posts.push({ status: 503, body: { code: 'unavailable', message: 'down' } });
    await pass();
    expect(city.paths).toEqual(['POST /v1/submissions']);
    expect(await audit.counts()).toEqual({ queued: 1, rejected: 0 });

    await pass(); // the streak's wait is not over: nothing goes out
    expect(city.paths).toHaveLength(1);
    city.city.posts.push(accepted(r));
    await sync.syncNow();
    expect(city.paths).toEqual(['POST /v1/submissions', 'POST /v1/submissions', 'POST /v1/audit-events']);
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyRequest } from '../../shared/api/city-api';
import { DEFAULT_BACKOFF } from '../../shared/sync/backoff';
import { fakeCity } from '../../tests/support/fake-city';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { SurveyQueue } from '../outbox/survey-queue';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { MANUAL_SYNC } from './testing/manual-sync';

const survey = (n: number): SurveyRequest => ({
  surveyId: `5a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kioskId: 'HN-TEST',
  wardCode: '00004',
  procedureId: 'HT-KS',
  locale: 'vi',
  answeredHour: '2026-11-23T03:00:00.000Z',
  answers: [
    { questionId: 'findInformation', level: 4 },
    { questionId: 'overall', level: 5 },
  ],
});

type SurveyFault =
  'commit-then-drop' | 'network-error' | { status: number; headers?: Record<string, string> };

/**
 * The city's survey endpoint with the sandbox's idempotency rules (same key and
 * body → 200 replay, other body → 422), plus scripted faults, in front of the
 * usual fake city for everything else.
 */
function cityWithSurveys() {
  const city = fakeCity();
  const stored = new Map<string, string>();
  const faults: SurveyFault[] = [];
  const posts: { key: string | null; body: string }[] = [];
  /** Every request, surveys and the rest, as "METHOD /path". */
  const paths: string[] = [];
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    paths.push(`${init?.method ?? 'GET'} ${path}`);
    if (path !== '/v1/surveys') return city.fetch(input, init);
    const key = new Headers(init?.headers).get('Idempotency-Key');
    const body = String(init?.body);
    posts.push({ key, body });
    const fault = faults.shift();
    if (fault === 'network-error') throw new TypeError('Failed to fetch');
    if (typeof fault === 'object') {
      const code = fault.status < 500 && fault.status !== 429 ? 'invalid_request' : 'unavailable';
      return json(fault.status, { code, message: 'fault' }, fault.headers);
    }
    const surveyId = (JSON.parse(body) as SurveyRequest).surveyId;
    const before = key === null ? undefined : stored.get(key);
    if (before !== undefined && before !== body) {
      return json(422, { code: 'idempotency_key_reused', message: 'other body' });
    }
    if (key !== null) stored.set(key, body);
    if (fault === 'commit-then-drop') throw new TypeError('Failed to fetch');
    return json(before === undefined ? 201 : 200, { surveyId });
  }) as typeof globalThis.fetch;
  return { city, fetch, stored, faults, posts, paths };
}

describe('SyncEngine: quick surveys', () => {
  let db: OutboxDatabase;
  let outbox: Outbox;
  let surveys: SurveyQueue;
  let clock: number;

  beforeEach(() => {
    db = new OutboxDatabase(`sync-survey-test-${Math.random()}`);
    clock = 1_000_000;
    outbox = new Outbox(db, () => clock);
    surveys = new SurveyQueue(db, () => clock, { releaseAt: (now) => now });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function engine(random = () => 0.5) {
    const city = cityWithSurveys();
    const sync = new SyncEngine({
      outbox,
      surveys,
      api: new CityApiClient({ baseUrl: 'https://city.example', fetch: city.fetch, now: () => clock }),
      now: () => clock,
      random,
      ...MANUAL_SYNC,
    });
    const pass = async () => {
      sync.kick();
      await sync.idle();
    };
    return { sync, city, pass };
  }

  it('sends a due survey after the submissions, keyed by its surveyId, and then forgets it', async () => {
    const r = submissionRequest(1);
    await outbox.enqueue(r);
    await surveys.enqueue(survey(1));
    const { city, pass } = engine();
    city.city.posts.push({
      status: 201,
      body: {
        submissionId: r.submissionId,
        receiptCode: r.receiptCode,
        status: 1,
        receivedAt: '2026-11-23T10:00:05.000Z',
        missingAttachments: [],
      },
    });
    await pass();
    expect(city.paths).toEqual(['POST /v1/submissions', 'POST /v1/surveys']);
    expect(city.posts).toEqual([{ key: survey(1).surveyId, body: JSON.stringify(survey(1)) }]);
    expect(await surveys.get(survey(1).surveyId)).toBeUndefined();
    expect((await outbox.get(r.submissionId))?.state).toBe('delivered');
  });

  it('delivers a survey exactly once when the answer to the first POST is lost', async () => {
    await surveys.enqueue(survey(1));
    const { city, pass } = engine();
    city.faults.push('commit-then-drop');
    await pass();
    // The city kept it, but the kiosk cannot know: it waits its backoff and keeps the survey.
    expect(city.stored.size).toBe(1);
    const waiting = await surveys.get(survey(1).surveyId);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1, lastError: 'network' });
    // First retry: full jitter over the base delay (random() = 0.5).
    expect(waiting?.nextAttemptAt).toBe(clock + DEFAULT_BACKOFF.baseMs / 2);

    await pass(); // not due yet: nothing is sent
    expect(city.posts).toHaveLength(1);

    clock += DEFAULT_BACKOFF.baseMs;
    await pass();
    expect(city.posts).toHaveLength(2);
    // The same key and the same bytes: the city replays instead of counting it twice.
    expect(city.posts[1]).toEqual(city.posts[0]);
    expect(city.stored.size).toBe(1);
    expect(await surveys.get(survey(1).surveyId)).toBeUndefined();

    clock += 60 * 60_000;
    await pass();
    expect(city.posts).toHaveLength(2);
  });

  it('backs off longer after each transient failure and honours Retry-After', async () => {
    await surveys.enqueue(survey(1));
    const { city, pass } = engine(() => 0.999);
    city.faults.push({ status: 503 }, 'network-error', { status: 429, headers: { 'Retry-After': '120' } });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pass();
      const next = (await surveys.get(survey(1).surveyId))?.nextAttemptAt ?? 0;
      waits.push(next - clock);
      clock = next;
    }
    expect(waits[0]).toBeLessThan(waits[1] ?? 0);
    expect(waits[2]).toBe(120_000);
    await pass();
    expect(await surveys.get(survey(1).surveyId)).toBeUndefined();
    expect(city.posts.map((p) => p.key)).toEqual(Array(4).fill(survey(1).surveyId));
  });

  it('parks a survey the city refuses, without retrying it, and goes on with the next', async () => {
    await surveys.enqueue(survey(1));
    clock += 1;
    await surveys.enqueue(survey(2));
    const { city, pass } = engine();
    city.faults.push({ status: 400 });
    await pass();
    expect(await surveys.get(survey(1).surveyId)).toMatchObject({
      state: 'rejected',
      lastError: 'http_400_invalid_request',
    });
    expect(await surveys.get(survey(2).surveyId)).toBeUndefined();
    clock += 60 * 60_000;
    await pass();
    expect(city.posts).toHaveLength(2);
  });

  it('waits for the release time, and sends nothing while the city is unreachable', async () => {
    surveys = new SurveyQueue(db, () => clock, { releaseAt: (now) => now + 10_000 });
    await surveys.enqueue(survey(1));
    const { city, pass } = engine();
    city.city.setHealthy(false);
    await pass();
    clock += 10_000;
    await pass();
    expect(city.paths).toEqual(['GET /v1/health', 'GET /v1/health']);
    city.city.setHealthy(true);
    await pass();
    expect(city.posts).toHaveLength(1);
    expect(await surveys.get(survey(1).surveyId)).toBeUndefined();
  });

  it('sends no survey during a submission failure streak', async () => {
    const r = submissionRequest(1);
    await outbox.enqueue(r);
    await surveys.enqueue(survey(1));
    const { city, pass } = engine();
    city.city.posts.push({ status: 503, body: { code: 'unavailable', message: 'down' } });
    await pass();
    expect(city.paths).toEqual(['POST /v1/submissions']);
    expect(await surveys.get(survey(1).surveyId)).toMatchObject({ state: 'queued', attempts: 0 });
  });
});

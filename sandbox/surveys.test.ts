import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, SURVEYS_PATH, type SurveyRequest } from '../shared/api/city-api';
import { aggregateSurveys, type SurveyAggregates } from './survey-aggregates';
import { SURVEYS_FILE_NAME } from './survey-store';
import type { SandboxServer } from './server';
import { admin, authHeaders, removeDir, startSandbox, tempDataDir } from './test-support';

let server: SandboxServer & { dataDir: string };
beforeEach(async () => {
  server = await startSandbox();
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

let n = 0;
const survey = (overrides: Partial<SurveyRequest> = {}): SurveyRequest => ({
  surveyId: `5a000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  kioskId: 'HN-00001',
  wardCode: '00004',
  procedureId: 'HT-KS',
  locale: 'vi',
  answeredHour: '2026-11-23T03:00:00.000Z',
  answers: [
    { questionId: 'findInformation', level: 4 },
    { questionId: 'procedureInformation', level: 5 },
    { questionId: 'formGuidance', level: 3 },
    { questionId: 'overall', level: 4 },
  ],
  ...overrides,
});

const post = (body: unknown, key: string | null = (body as SurveyRequest).surveyId, url = server.url) =>
  fetch(`${url}${SURVEYS_PATH}`, {
    method: 'POST',
    headers: {
      ...authHeaders(url),
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });

interface AdminSurveys {
  surveys: SurveyRequest[];
  aggregates: SurveyAggregates;
  counters: { received: number; stored: number; replays: number; conflicts: number; inProgress: number };
}
const listSurveys = async (url = server.url) =>
  (await (await admin(url, 'GET', '/surveys')).json()) as AdminSurveys;
const errorCode = async (res: Response) => ApiErrorSchema.parse(await res.json()).code;

describe('POST /v1/surveys', () => {
  it('stores a new survey: 201 with its surveyId, listed in the admin view', async () => {
    const body = survey();
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ surveyId: body.surveyId });
    const listed = await listSurveys();
    expect(listed.surveys).toEqual([body]);
    expect(listed.counters).toEqual({ received: 1, stored: 1, replays: 0, conflicts: 0, inProgress: 0 });
  });

  it('replays the same key and body with 200, keys in any order, and stores it once', async () => {
    const body = survey();
    await post(body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await post(reordered, body.surveyId.toUpperCase());
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ surveyId: body.surveyId });
    expect((await listSurveys()).counters).toMatchObject({ received: 2, stored: 1, replays: 1 });
  });

  it('refuses the same key with a different body: 422 idempotency_key_reused, the first one kept', async () => {
    const body = survey();
    await post(body);
    const res = await post({ ...body, answers: [{ questionId: 'overall', level: 1 }] });
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('idempotency_key_reused');
    const listed = await listSurveys();
    expect(listed.surveys).toEqual([body]);
    expect(listed.counters).toMatchObject({ stored: 1, conflicts: 1 });
  });

  it('400s a missing key, a key that is not the surveyId, and a body that is not anonymous', async () => {
    const body = survey();
    const missing = await post(body, null);
    expect([missing.status, await errorCode(missing)]).toEqual([400, 'missing_idempotency_key']);
    const other = await post(body, '5a000000-0000-4000-8000-999999999999');
    expect([other.status, await errorCode(other)]).toEqual([400, 'invalid_request']);
    for (const bad of [
      { ...body, receiptCode: 'AAAA-CCCC-D' },
      { ...body, submissionId: '00000000-0000-4000-8000-000000000001' },
      { ...body, answeredHour: '2026-11-23T03:47:12.000Z' },
      { ...body, answers: [{ questionId: 'overall', level: 6 }] },
      { ...body, answers: [] },
    ]) {
      const res = await post(bad);
      expect([res.status, await errorCode(res)]).toEqual([400, 'invalid_request']);
    }
    expect((await listSurveys()).counters.stored).toBe(0);
  });

  it('keeps a survey whose answer was lost (commit then drop): the retry is a replay', async () => {
    await admin(server.url, 'POST', '/faults', { commitThenDropRate: 1 });
    const body = survey();
    await expect(post(body)).rejects.toThrow();
    await admin(server.url, 'DELETE', '/faults');
    const retry = await post(body);
    expect(retry.status).toBe(200);
    expect((await listSurveys()).counters).toMatchObject({ received: 2, stored: 1, replays: 1 });
  });

  it('answers 503 under an injected fault, never the admin view', async () => {
    await admin(server.url, 'POST', '/faults', { errorRate: 1, retryAfterSeconds: 7 });
    const res = await post(survey());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect((await admin(server.url, 'GET', '/surveys')).status).toBe(200);
  });

  it('keeps surveys and their keys across a restart on the same data directory', async () => {
    const body = survey();
    await post(body);
    const dataDir = server.dataDir;
    await server.close();
    server = await startSandbox({ dataDir });
    expect((await listSurveys()).surveys).toEqual([body]);
    expect((await post(body)).status).toBe(200);
    expect((await post({ ...body, locale: 'en' })).status).toBe(422);
  });

  it('refuses to start on a corrupt surveys file instead of replacing it', async () => {
    const dataDir = tempDataDir();
    writeFileSync(path.join(dataDir, SURVEYS_FILE_NAME), '{"version":1,"surveys":[{"oops":true}]}');
    await expect(startSandbox({ dataDir })).rejects.toThrow(/surveys\.json/);
    removeDir(dataDir);
  });
});

describe('GET /__sandbox/surveys aggregates', () => {
  it('reports each question by factor, overall, per procedure and per ward', async () => {
    await post(survey());
    await post(
      survey({
        procedureId: 'CT-BS',
        wardCode: '00008',
        answers: [
          { questionId: 'findInformation', level: 2 },
          { questionId: 'overall', level: 5 },
        ],
      }),
    );
    const { aggregates } = await listSurveys();
    expect(aggregates.responses).toBe(2);
    expect(aggregates.questions.map((q) => [q.questionId, q.factor, q.responses, q.mean])).toEqual([
      ['findInformation', 'F1', 2, 3],
      ['procedureInformation', 'F2', 1, 5],
      ['formGuidance', 'F3', 1, 3],
      ['overall', 'overall', 2, 4.5],
    ]);
    expect(aggregates.questions[0]?.levels).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 });
    expect(aggregates.questions[0]?.satisfiedShare).toBe(0.5);
    expect(Object.keys(aggregates.byProcedure)).toEqual(['CT-BS', 'HT-KS']);
    expect(aggregates.byProcedure['CT-BS']?.questions[1]).toMatchObject({ responses: 0, mean: null });
    expect(aggregates.byWard['00004']?.responses).toBe(1);
  });
});

describe('aggregateSurveys', () => {
  it('is empty but complete without surveys', () => {
    const empty = aggregateSurveys([]);
    expect(empty.responses).toBe(0);
    expect(empty.questions).toHaveLength(4);
    expect(empty.questions.every((q) => q.mean === null && q.satisfiedShare === null)).toBe(true);
    expect(empty.byProcedure).toEqual({});
  });

  it('rounds the mean to two decimals and the satisfied share to three', () => {
    const levels = [5, 4, 4] as const;
    const result = aggregateSurveys(
      levels.map((level) => survey({ answers: [{ questionId: 'overall', level }] })),
    );
    const overall = result.questions.find((q) => q.questionId === 'overall');
    expect(overall).toMatchObject({ responses: 3, mean: 4.33, satisfiedShare: 1 });
  });
});

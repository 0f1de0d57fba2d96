import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SurveyRequest } from '../../shared/api/city-api';
import { OutboxDatabase } from './outbox-db';
import { SurveyQueue } from './survey-queue';

const survey = (n: number, overrides: Partial<SurveyRequest> = {}): SurveyRequest => ({
  surveyId: `5a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kioskId: 'HN-TEST',
  wardCode: '00004',
  procedureId: 'HT-KS',
  locale: 'vi',
  answeredHour: '2026-11-23T03:00:00.000Z',
  answers: [{ questionId: 'overall', level: 4 }],
  ...overrides,
});

describe('SurveyQueue', () => {
  const names: string[] = [];
  let clock = 1_000_000;
  const open = (name = `survey-queue-${Math.random()}`) => {
    names.push(name);
    const db = new OutboxDatabase(name);
    // Released at once unless a test says otherwise, so "due" is about the queue, not the release policy.
    return { db, queue: new SurveyQueue(db, () => clock, { releaseAt: (now) => now }) };
  };
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('enqueues a survey as queued, with no attempts yet and the exact body', async () => {
    const { db, queue } = open();
    const record = await queue.enqueue(survey(1));
    expect(record).toEqual({
      id: survey(1).surveyId,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: clock,
      request: survey(1),
    });
    expect(await queue.get(record.id)).toEqual(record);
    expect(await queue.counts()).toEqual({ queued: 1, rejected: 0 });
    db.close();
  });

  it('never stores a body the anonymous contract does not allow', async () => {
    const { db, queue } = open();
    const withReceipt = { ...survey(1), receiptCode: 'AAAA-CCCC-D' } as SurveyRequest;
    await expect(queue.enqueue(withReceipt)).rejects.toThrow();
    await expect(queue.enqueue(survey(2, { answeredHour: '2026-11-23T03:47:12.000Z' }))).rejects.toThrow();
    expect(await db.surveys.count()).toBe(0);
    db.close();
  });

  it('holds a survey until its release time, then hands out due ones earliest first', async () => {
    const name = `survey-queue-${Math.random()}`;
    names.push(name);
    const db = new OutboxDatabase(name);
    const queue = new SurveyQueue(db, () => clock, { releaseAt: (now) => now + 5_000 });
    await queue.enqueue(survey(1));
    clock += 1_000;
    await queue.enqueue(survey(2));
    expect(await queue.due(clock, 10)).toEqual([]);
    expect((await queue.due(clock + 4_000, 10)).map((s) => s.id)).toEqual([survey(1).surveyId]);
    expect((await queue.due(clock + 5_000, 10)).map((s) => s.id)).toEqual([
      survey(1).surveyId,
      survey(2).surveyId,
    ]);
    expect(await queue.due(clock + 5_000, 1)).toHaveLength(1);
    db.close();
  });

  it('schedules a retry with one more attempt and the reason', async () => {
    const { db, queue } = open();
    await queue.enqueue(survey(1));
    await queue.markRetry(survey(1).surveyId, clock + 30_000, 'network');
    expect(await queue.get(survey(1).surveyId)).toMatchObject({
      state: 'queued',
      attempts: 1,
      nextAttemptAt: clock + 30_000,
      lastError: 'network',
    });
    expect(await queue.due(clock, 10)).toEqual([]);
    expect(await queue.due(clock + 30_000, 10)).toHaveLength(1);
    db.close();
  });

  it('forgets a delivered survey entirely and parks a rejected one', async () => {
    const { db, queue } = open();
    await queue.enqueue(survey(1));
    await queue.enqueue(survey(2));
    await queue.markDelivered(survey(1).surveyId);
    await queue.markRejected(survey(2).surveyId, 'http_400_invalid_request');
    expect(await queue.get(survey(1).surveyId)).toBeUndefined();
    expect(await queue.get(survey(2).surveyId)).toMatchObject({
      state: 'rejected',
      lastError: 'http_400_invalid_request',
    });
    expect(await queue.due(clock + 1e9, 10)).toEqual([]);
    expect(await queue.counts()).toEqual({ queued: 0, rejected: 1 });
    db.close();
  });

  it('keeps queued surveys across a reload (a new connection to the same database)', async () => {
    const name = `survey-queue-${Math.random()}`;
    const first = open(name);
    await first.queue.enqueue(survey(1));
    await first.queue.markRetry(survey(1).surveyId, clock + 10, 'timeout');
    first.db.close();

    const second = open(name);
    expect(await second.queue.due(clock + 10, 10)).toEqual([
      {
        id: survey(1).surveyId,
        state: 'queued',
        attempts: 1,
        nextAttemptAt: clock + 10,
        lastError: 'timeout',
        request: survey(1),
      },
    ]);
    second.db.close();
  });

  it('writes bookkeeping through the state connection when given one', async () => {
    const name = `survey-queue-${Math.random()}`;
    names.push(name);
    const strict = new OutboxDatabase(name);
    const relaxed = new OutboxDatabase(name, 'relaxed');
    const queue = new SurveyQueue(strict, () => clock, { stateDb: relaxed, releaseAt: (now) => now });
    await queue.enqueue(survey(1));
    await queue.markDelivered(survey(1).surveyId);
    expect(await strict.surveys.count()).toBe(0);
    strict.close();
    relaxed.close();
  });
});

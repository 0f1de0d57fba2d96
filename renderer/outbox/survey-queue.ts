import { SurveyRequestSchema, type SurveyRequest } from '../../shared/api/city-api';
import { surveyReleaseAt } from '../../shared/survey/survey-timing';
import type { OutboxDatabase } from './outbox-db';

/**
 * The quick-survey queue, beside the submissions in the kiosk's database: each
 * anonymous survey is written with strict durability, waits for its release
 * time, and is deleted once the city has it. Retries are scheduled by the sync
 * engine; a survey the city refuses stays as 'rejected' for staff.
 */
export type SurveyState = 'queued' | 'rejected';

export interface QueuedSurvey {
  /** The surveyId; also the Idempotency-Key. */
  id: string;
  state: SurveyState;
  attempts: number;
  /** Kiosk clock (ms): not sent before this. First the release time, then each retry's. */
  nextAttemptAt: number;
  /** A machine-readable reason for the last failed attempt. */
  lastError?: string;
  /** The exact body, so every retry sends the same bytes under the same key. */
  request: SurveyRequest;
}

export interface SurveyQueueOptions {
  /** Connection for sync bookkeeping, as in Outbox: an idempotent resend can redo a lost update. */
  stateDb?: OutboxDatabase;
  /** When a survey queued at `nowMs` may first be sent. Default: a random moment in the next hour. */
  releaseAt?: (nowMs: number) => number;
}

export class SurveyQueue {
  private readonly db: OutboxDatabase;
  private readonly stateDb: OutboxDatabase;
  private readonly releaseAt: (nowMs: number) => number;

  constructor(
    strict: OutboxDatabase,
    private readonly now: () => number,
    options: SurveyQueueOptions = {},
  ) {
    this.db = strict;
    this.stateDb = options.stateDb ?? strict;
    this.releaseAt = options.releaseAt ?? ((nowMs) => surveyReleaseAt(nowMs, Math.random));
  }

  /** Stores the survey durably; only a body the anonymous contract allows is ever written. */
  async enqueue(request: SurveyRequest): Promise<QueuedSurvey> {
    const checked = SurveyRequestSchema.parse(request);
    const record: QueuedSurvey = {
      id: checked.surveyId,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: this.releaseAt(this.now()),
      request: checked,
    };
    await this.db.surveys.add(record);
    return record;
  }

  get(id: string): Promise<QueuedSurvey | undefined> {
    return this.stateDb.surveys.get(id);
  }

  /** Up to `limit` queued surveys whose time has come, earliest first. */
  due(now: number, limit: number): Promise<QueuedSurvey[]> {
    return this.stateDb.surveys
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', now], true, true)
      .limit(limit)
      .toArray();
  }

  /** The city has it: nothing about it stays on the kiosk. */
  async markDelivered(id: string): Promise<void> {
    await this.stateDb.surveys.delete(id);
  }

  async markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void> {
    await this.stateDb.surveys
      .where('id')
      .equals(id)
      .modify((survey) => {
        survey.attempts += 1;
        survey.nextAttemptAt = nextAttemptAt;
        survey.lastError = reason;
      });
  }

  /** Repeating it cannot help: kept out of the queue, visible to staff. */
  async markRejected(id: string, reason: string): Promise<void> {
    await this.stateDb.surveys.update(id, { state: 'rejected', lastError: reason });
  }

  async counts(): Promise<Record<SurveyState, number>> {
    const [queued, rejected] = await Promise.all([
      this.stateDb.surveys.where('state').equals('queued').count(),
      this.stateDb.surveys.where('state').equals('rejected').count(),
    ]);
    return { queued, rejected };
  }
}

import {
  AuditEventSchema,
  type AuditAction,
  type AuditDetails,
  type AuditEvent,
} from '../../shared/api/audit-events';
import type { OutboxDatabase } from './outbox-db';

/**
 * The staff audit queue, beside the submissions in the kiosk's database: every staff action is
 * written with strict durability the moment it happens, sent to the city in batches by the sync
 * engine (idempotent by eventId, so a batch may be resent as it is), and deleted once the city has
 * it. A batch the city refuses stays as 'rejected', counted on the staff screen.
 */
export type AuditState = 'queued' | 'rejected';

export interface QueuedAuditEvent {
  /** The eventId. */
  id: string;
  state: AuditState;
  attempts: number;
  /** Kiosk clock (ms): not sent before this. */
  nextAttemptAt: number;
  /** A machine-readable reason for the last failed attempt. */
  lastError?: string;
  /** The exact event, so every resend carries the same content under the same id. */
  event: AuditEvent;
}

export interface AuditQueueOptions {
  kioskId: string;
  newId: () => string;
  /** Connection for sync bookkeeping, as in Outbox: a lost update only means one idempotent resend. */
  stateDb?: OutboxDatabase;
}

export class AuditQueue {
  private readonly stateDb: OutboxDatabase;

  constructor(
    private readonly db: OutboxDatabase,
    private readonly now: () => number,
    private readonly options: AuditQueueOptions,
  ) {
    this.stateDb = options.stateDb ?? db;
  }

  /** Stores the action durably; only details the city's closed audit contract allows are written. */
  async record(action: AuditAction, details: AuditDetails = {}): Promise<QueuedAuditEvent> {
    const at = this.now();
    const event = AuditEventSchema.parse({
      eventId: this.options.newId(),
      kioskId: this.options.kioskId,
      at: new Date(at).toISOString(),
      action,
      details,
    });
    const queued: QueuedAuditEvent = {
      id: event.eventId,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      event,
    };
    await this.db.auditEvents.add(queued);
    return queued;
  }

  /** Up to `limit` queued events whose time has come, oldest first. */
  due(now: number, limit: number): Promise<QueuedAuditEvent[]> {
    return this.stateDb.auditEvents
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', now], true, true)
      .limit(limit)
      .toArray();
  }

  /** The city holds them: nothing about them stays on the kiosk. */
  async markDelivered(ids: readonly string[]): Promise<void> {
    await this.stateDb.auditEvents.bulkDelete([...ids]);
  }

  async markRetry(ids: readonly string[], nextAttemptAt: number, reason: string): Promise<void> {
    await this.stateDb.auditEvents
      .where('id')
      .anyOf([...ids])
      .modify((queued) => {
        queued.attempts += 1;
        queued.nextAttemptAt = nextAttemptAt;
        queued.lastError = reason;
      });
  }

  /** Resending cannot help: kept out of the queue, visible to staff. */
  async markRejected(ids: readonly string[], reason: string): Promise<void> {
    await this.stateDb.auditEvents
      .where('id')
      .anyOf([...ids])
      .modify({ state: 'rejected', lastError: reason });
  }

  async counts(): Promise<Record<AuditState, number>> {
    const [queued, rejected] = await Promise.all([
      this.stateDb.auditEvents.where('state').equals('queued').count(),
      this.stateDb.auditEvents.where('state').equals('rejected').count(),
    ]);
    return { queued, rejected };
  }
}

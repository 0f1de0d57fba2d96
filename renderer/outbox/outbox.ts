import type { SubmissionRequest } from '../../shared/api/city-api';
import { canTransition, type OutboxState } from '../../shared/outbox/outbox-state';
import type { OutboxDatabase } from './outbox-db';
import type { OutboxRecord } from './outbox-record';

/**
 * The queue API over the database: every state change is a guarded transition
 * in its own transaction, so a crash at any point leaves a consistent record.
 */
export class Outbox {
  constructor(
    private readonly db: OutboxDatabase,
    private readonly now: () => number,
  ) {}

  /** Resolves only after the strict-durability transaction has committed. */
  async enqueue(request: SubmissionRequest): Promise<OutboxRecord> {
    const record: OutboxRecord = {
      id: request.submissionId,
      receiptCode: request.receiptCode,
      procedureId: request.procedureId,
      procedureVersion: request.procedureVersion,
      state: 'queued',
      createdAt: this.now(),
      attempts: 0,
      nextAttemptAt: 0,
      request,
    };
    await this.db.transaction('rw', this.db.submissions, () => this.db.submissions.add(record));
    return record;
  }

  get(id: string): Promise<OutboxRecord | undefined> {
    return this.db.submissions.get(id);
  }

  /** Oldest queued submission whose retry time has come. */
  async nextDue(now: number): Promise<OutboxRecord | undefined> {
    const due = await this.db.submissions
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', now], true, true)
      .toArray();
    return due.sort((a, b) => a.createdAt - b.createdAt)[0];
  }

  /** Earliest future retry time among queued submissions, for the next wake-up. */
  async nextWakeAt(): Promise<number | undefined> {
    const first = await this.db.submissions
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', Infinity])
      .first();
    return first?.nextAttemptAt;
  }

  /** A crash mid-send leaves 'sending' behind; the idempotency key makes resending safe. */
  async recoverInterrupted(): Promise<number> {
    return this.db.transaction('rw', this.db.submissions, () =>
      this.db.submissions.where('state').equals('sending').modify({ state: 'queued', nextAttemptAt: 0 }),
    );
  }

  /** The network is back: everything waiting for a retry becomes due now instead of after its backoff. */
  async makeAllDue(): Promise<number> {
    return this.db.transaction('rw', this.db.submissions, () =>
      this.db.submissions.where('state').equals('queued').modify({ nextAttemptAt: 0 }),
    );
  }

  markSending(id: string): Promise<void> {
    return this.transition(id, 'sending', (r) => ({ attempts: r.attempts + 1 }));
  }

  markDelivered(id: string, serverReceivedAt: string, dossierStatus: number): Promise<void> {
    // The acceptance carries the first status, so the first status pull can wait a full interval.
    return this.transition(id, 'delivered', () => ({
      deliveredAt: this.now(),
      statusCheckedAt: this.now(),
      serverReceivedAt,
      dossierStatus,
      lastError: undefined,
    }));
  }

  markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void> {
    return this.transition(id, 'queued', () => ({ nextAttemptAt, lastError: reason }));
  }

  markRejected(id: string, reason: string): Promise<void> {
    return this.transition(id, 'rejected', () => ({ lastError: reason }));
  }

  /** Delivered submissions whose status may still change, oldest check first. */
  async awaitingStatus(isFinal: (status: number) => boolean, checkedBefore: number): Promise<OutboxRecord[]> {
    const delivered = await this.db.submissions.where('state').equals('delivered').toArray();
    return delivered
      .filter((r) => !isFinal(r.dossierStatus ?? 1) && (r.statusCheckedAt ?? 0) <= checkedBefore)
      .sort((a, b) => (a.statusCheckedAt ?? 0) - (b.statusCheckedAt ?? 0));
  }

  async recordStatus(id: string, dossierStatus: number, dossierCode: string | null): Promise<void> {
    await this.db.submissions.update(id, { dossierStatus, dossierCode, statusCheckedAt: this.now() });
  }

  async counts(): Promise<Record<OutboxState, number>> {
    const states: OutboxState[] = ['queued', 'sending', 'delivered', 'rejected'];
    const values = await Promise.all(states.map((s) => this.db.submissions.where('state').equals(s).count()));
    return Object.fromEntries(states.map((s, i) => [s, values[i] ?? 0])) as Record<OutboxState, number>;
  }

  private async transition(
    id: string,
    to: OutboxState,
    changes: (record: OutboxRecord) => Partial<OutboxRecord>,
  ): Promise<void> {
    await this.db.transaction('rw', this.db.submissions, async () => {
      const record = await this.db.submissions.get(id);
      if (!record) throw new Error(`outbox: no submission ${id}`);
      if (!canTransition(record.state, to)) {
        throw new Error(`outbox: ${record.state} → ${to} is not allowed for ${id}`);
      }
      await this.db.submissions.update(id, { ...changes(record), state: to });
    });
  }
}

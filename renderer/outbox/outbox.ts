import Dexie from 'dexie';
import type { SubmissionRequest } from '../../shared/api/city-api';
import { canTransition, type OutboxState } from '../../shared/outbox/outbox-state';
import type { OutboxDatabase } from './outbox-db';
import type { OutboxAttachment, OutboxRecord } from './outbox-record';
import { attachmentsOf, toJournalEntry, type OutboxJournalPort, type SealedAttachment } from './journal';

export type OutboxOptions = {
  /**
   * Sync bookkeeping (sending, upload offsets, delivered and purged, statuses) goes
   * through this connection, which may be a relaxed one to the same database: losing
   * such an update in a power cut only means one more idempotent request, while each
   * strict commit costs an fsync. Defaults to the strict connection.
   */
  stateDb?: OutboxDatabase;
  /** The main process's write-ahead copy of every queued submission (see journal.ts). */
  journal?: OutboxJournalPort;
  /** Told when a journal write fails; the submission itself is safe in IndexedDB. */
  onJournalError?: (error: unknown) => void;
};

/** What reconcileJournal found: submissions put back from the journal, and delivered ones it dropped. */
export type JournalReconciliation = {
  restored: number;
  forgotten: number;
  unreadable: number;
  /** Queued here but missing from the journal (a crash came before its write): written now. */
  backfilled: number;
};

/** nextAttemptAt of a submission waiting for its turn in a paced catch-up (see the sync engine). */
export const CATCH_UP_HOLD = Number.MAX_SAFE_INTEGER - 1;

/**
 * The queue API over the database: every state change is a guarded transition
 * in its own transaction, so a crash at any point leaves a consistent record.
 * Only sealed payloads and encrypted attachments are ever written here.
 */
export class Outbox {
  /** Strict durability: takes what must survive a power cut (new submissions, sealing legacy ones). */
  private readonly db: OutboxDatabase;
  private readonly stateDb: OutboxDatabase;
  private readonly journal: OutboxJournalPort | undefined;
  private readonly onJournalError: ((error: unknown) => void) | undefined;

  constructor(
    strict: OutboxDatabase,
    private readonly now: () => number,
    options: OutboxOptions = {},
  ) {
    this.db = strict;
    this.stateDb = options.stateDb ?? strict;
    this.journal = options.journal;
    this.onJournalError = options.onJournalError;
  }

  /**
   * Writes the submission and all its encrypted attachments in one strict transaction
   * and resolves once it has committed: that is when the resident may see a receipt.
   * The journal copy is written right after, but not waited for: crossing to the main
   * process with the photos would add tens of milliseconds to every receipt for a
   * second copy that only matters after Chromium wipes IndexedDB. If a crash lands
   * between the two, the next start writes the missing entry (reconcileJournal).
   */
  async enqueue(
    request: SubmissionRequest,
    attachments: readonly SealedAttachment[] = [],
  ): Promise<OutboxRecord> {
    const record = this.newRecord(request, this.now(), attachments);
    await this.store(record, attachments);
    // Started after the commit so its encoding and IPC do not compete with it for the page's thread.
    this.track(this.writeJournal(record, attachments));
    return record;
  }

  /** Resolves when every journal write or removal started so far has settled. */
  async journalIdle(): Promise<void> {
    while (this.pendingJournal.size > 0) await Promise.allSettled([...this.pendingJournal]);
  }

  private readonly pendingJournal = new Set<Promise<unknown>>();

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.pendingJournal.delete(settled));
    this.pendingJournal.add(settled);
  }

  /** True once the entry is on disk; false (never a rejection) when there is no journal or it failed. */
  private writeJournal(record: OutboxRecord, attachments: readonly SealedAttachment[]): Promise<boolean> {
    const { journal, onJournalError } = this;
    if (!journal || !record.request) return Promise.resolve(false);
    return toJournalEntry(record.request, record.createdAt, attachments)
      .then((entry) => journal.write(entry))
      .then(
        () => true,
        (error: unknown) => {
          onJournalError?.(error);
          return false;
        },
      );
  }

  /**
   * Puts back what IndexedDB lost (Chromium recreates a database it finds corrupt)
   * from the journal, and drops journal entries of delivered submissions whose
   * removal a crash interrupted. Runs at start, before the sync engine.
   */
  async reconcileJournal(): Promise<JournalReconciliation> {
    const result: JournalReconciliation = { restored: 0, forgotten: 0, unreadable: 0, backfilled: 0 };
    if (!this.journal) return result;
    const ids = await this.journal.ids();
    const records = await this.db.submissions.bulkGet(ids);
    const delivered = ids.filter((_, i) => records[i] !== undefined && records[i]?.request === undefined);
    await this.journal.remove(delivered);
    result.forgotten = delivered.length;
    for (const id of ids.filter((_, i) => records[i] === undefined)) {
      const entry = await this.journal.read(id);
      const attachments = entry ? attachmentsOf(entry) : null;
      if (!entry || !attachments) {
        result.unreadable += 1;
        continue;
      }
      const restored = await this.store(
        this.newRecord(entry.request, entry.createdAt, attachments),
        attachments,
      )
        .then(() => true)
        .catch(() => false); // already back (a receipt code or id that exists): nothing to restore
      if (restored) result.restored += 1;
    }
    // Submissions a crash left out of the journal (committed here, journal write not finished).
    const journaled = new Set(ids);
    const waiting = await this.db.submissions
      .where('state')
      .anyOf('queued', 'sending', 'rejected')
      .primaryKeys();
    for (const id of waiting.filter((id) => !journaled.has(id))) {
      const record = await this.db.submissions.get(id);
      if (!record?.request) continue;
      const rows = await this.db.attachments.where('submissionId').equals(id).sortBy('attachmentId');
      const metas = new Map(record.request.attachments.map((meta) => [meta.id, meta]));
      const attachments = rows.flatMap((row) => {
        const meta = metas.get(row.attachmentId);
        return meta ? [{ meta, blob: row.blob }] : [];
      });
      if (await this.writeJournal(record, attachments)) result.backfilled += 1;
    }
    return result;
  }

  private newRecord(
    request: SubmissionRequest,
    createdAt: number,
    attachments: readonly SealedAttachment[],
  ): OutboxRecord {
    return {
      id: request.submissionId,
      receiptCode: request.receiptCode,
      procedureId: request.procedureId,
      procedureVersion: request.procedureVersion,
      state: 'queued',
      createdAt,
      attempts: 0,
      nextAttemptAt: 0,
      request,
      attachmentCount: attachments.length,
      payloadBytes: request.sealed.ciphertext.length + attachments.reduce((sum, a) => sum + a.meta.size, 0),
    };
  }

  private async store(record: OutboxRecord, attachments: readonly SealedAttachment[]): Promise<void> {
    const rows: OutboxAttachment[] = attachments.map(({ meta, blob }) => ({
      key: `${record.id}/${meta.id}`,
      submissionId: record.id,
      attachmentId: meta.id,
      blob,
      size: meta.size,
      uploadedOffset: 0,
      complete: false,
    }));
    await this.db.transaction('rw', this.db.submissions, this.db.attachments, async () => {
      await this.db.submissions.add(record);
      await this.db.attachments.bulkAdd(rows);
    });
  }

  /**
   * Delivered submissions leave the journal. Not awaited by delivery: if the removal
   * is lost, the next start's reconcileJournal drops the entry instead.
   */
  private forget(ids: readonly string[]): void {
    if (ids.length > 0 && this.journal) this.track(this.journal.remove(ids));
  }

  get(id: string): Promise<OutboxRecord | undefined> {
    return this.stateDb.submissions.get(id);
  }

  /** Oldest queued submission whose retry time has come. */
  async nextDue(now: number): Promise<OutboxRecord | undefined> {
    return (await this.dueBatch(now, 1))[0];
  }

  /**
   * Up to `limit` queued submissions whose retry time has come, oldest first.
   * Reads the [state+createdAt] index a page at a time (one getAll each, not a
   * cursor step per record); the first page is enough unless older ones are waiting.
   */
  async dueBatch(now: number, limit: number): Promise<OutboxRecord[]> {
    const found: OutboxRecord[] = [];
    const page = Math.max(limit * 2, 32);
    for (let offset = 0; found.length < limit; offset += page) {
      const rows = await this.stateDb.submissions
        .where('[state+createdAt]')
        .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
        .offset(offset)
        .limit(page)
        .toArray();
      found.push(...rows.filter((r) => r.nextAttemptAt <= now && r.request !== undefined));
      if (rows.length < page) break;
    }
    return found.slice(0, limit);
  }

  /**
   * Claims up to `limit` due submissions for sending, oldest first, in one
   * transaction: state 'sending' and one more attempt each. Claiming a batch at
   * once keeps database round trips off the critical path of a drain.
   */
  async claimDue(now: number, limit: number): Promise<OutboxRecord[]> {
    return this.stateDb.transaction('rw', this.stateDb.submissions, async () => {
      const due = await this.dueBatch(now, limit);
      const claimed = due.map((r) => ({ ...r, state: 'sending' as const, attempts: r.attempts + 1 }));
      await this.stateDb.submissions.bulkPut(claimed);
      return claimed;
    });
  }

  /** Marks a batch delivered and purges their payloads and attachments, in one transaction. */
  async completeDelivered(
    done: readonly { id: string; serverReceivedAt: string; dossierStatus: number }[],
  ): Promise<void> {
    if (done.length === 0) return;
    const at = this.now();
    await this.stateDb.transaction('rw', this.stateDb.submissions, this.stateDb.attachments, async () => {
      const records = await this.stateDb.submissions.bulkGet(done.map((d) => d.id));
      const updated = records.flatMap((record, i) => {
        const result = done[i];
        if (!record || !result || !canTransition(record.state, 'delivered')) return [];
        const { request: _purged, lastError: _cleared, ...kept } = record;
        return [
          {
            ...kept,
            state: 'delivered' as const,
            deliveredAt: at,
            purgedAt: at,
            statusCheckedAt: at,
            serverReceivedAt: result.serverReceivedAt,
            dossierStatus: result.dossierStatus,
          },
        ];
      });
      await this.stateDb.submissions.bulkPut(updated);
      await this.stateDb.attachments
        .where('submissionId')
        .anyOf(updated.map((r) => r.id))
        .delete();
    });
    this.forget(done.map((d) => d.id));
  }

  /** The oldest queued submission that can be sent, due or not: what a failure streak probes with. */
  async oldestQueued(): Promise<OutboxRecord | undefined> {
    const queued = await this.stateDb.submissions.where('state').equals('queued').sortBy('createdAt');
    return queued.find((r) => r.request !== undefined);
  }

  /**
   * Parks every sendable queued submission for a paced catch-up; the sync engine
   * releases them one by one with `schedule`. Returns how many were parked.
   */
  async holdForCatchUp(): Promise<number> {
    return this.stateDb.transaction('rw', this.stateDb.submissions, () =>
      this.stateDb.submissions
        .where('state')
        .equals('queued')
        .filter((r) => r.request !== undefined)
        .modify({ nextAttemptAt: CATCH_UP_HOLD }),
    );
  }

  /** The oldest submission parked for the catch-up, if any is left. */
  async oldestHeld(): Promise<OutboxRecord | undefined> {
    const held = await this.stateDb.submissions
      .where('[state+nextAttemptAt]')
      .equals(['queued', CATCH_UP_HOLD])
      .toArray();
    return held.sort((a, b) => a.createdAt - b.createdAt)[0];
  }

  async countHeld(): Promise<number> {
    return this.stateDb.submissions.where('[state+nextAttemptAt]').equals(['queued', CATCH_UP_HOLD]).count();
  }

  /** Sets when a queued submission is next due. */
  async schedule(id: string, nextAttemptAt: number): Promise<void> {
    await this.stateDb.submissions.update(id, { nextAttemptAt });
  }

  /** Earliest future retry time among queued submissions, for the next wake-up. */
  async nextWakeAt(): Promise<number | undefined> {
    const first = await this.stateDb.submissions
      .where('[state+nextAttemptAt]')
      .between(['queued', -Infinity], ['queued', Infinity])
      .first();
    return first?.nextAttemptAt;
  }

  /** A crash mid-send leaves 'sending' behind; the idempotency key makes resending safe. */
  async recoverInterrupted(): Promise<number> {
    return this.stateDb.transaction('rw', this.stateDb.submissions, () =>
      this.stateDb.submissions.where('state').equals('sending').modify({ state: 'queued', nextAttemptAt: 0 }),
    );
  }

  markSending(id: string): Promise<void> {
    return this.transition(id, 'sending', (r) => ({ attempts: r.attempts + 1 }));
  }

  /** The city accepted the POST; attachments may still be uploading. */
  async markAccepted(id: string, serverReceivedAt: string, dossierStatus: number): Promise<void> {
    await this.stateDb.submissions.update(id, { acceptedAt: this.now(), serverReceivedAt, dossierStatus });
  }

  attachmentsOf(submissionId: string): Promise<OutboxAttachment[]> {
    return this.stateDb.attachments.where('submissionId').equals(submissionId).sortBy('attachmentId');
  }

  /** Saved after every acknowledged chunk, so a crash resumes instead of restarting. */
  async recordUpload(key: string, uploadedOffset: number, complete: boolean): Promise<void> {
    await this.stateDb.attachments.update(key, { uploadedOffset, complete });
  }

  /**
   * The city has everything: mark delivered and purge the sealed payload and the
   * encrypted attachments in the same transaction. The receipt code, procedure,
   * status and timestamps stay for status lookup.
   */
  async markDelivered(id: string, serverReceivedAt: string, dossierStatus: number): Promise<void> {
    // The acceptance carries the first status, so the first status pull can wait a full interval.
    await this.transition(
      id,
      'delivered',
      () => ({
        deliveredAt: this.now(),
        purgedAt: this.now(),
        statusCheckedAt: this.now(),
        serverReceivedAt,
        dossierStatus,
        lastError: undefined,
        request: undefined,
      }),
      () => this.stateDb.attachments.where('submissionId').equals(id).delete(),
    );
    this.forget([id]);
  }

  markRetry(id: string, nextAttemptAt: number, reason: string): Promise<void> {
    return this.transition(id, 'queued', () => ({ nextAttemptAt, lastError: reason }));
  }

  markRejected(id: string, reason: string): Promise<void> {
    return this.transition(id, 'rejected', () => ({ lastError: reason }));
  }

  /** Delivered submissions whose status may still change, oldest check first. */
  async awaitingStatus(isFinal: (status: number) => boolean, checkedBefore: number): Promise<OutboxRecord[]> {
    const delivered = await this.stateDb.submissions.where('state').equals('delivered').toArray();
    return delivered
      .filter((r) => !isFinal(r.dossierStatus ?? 1) && (r.statusCheckedAt ?? 0) <= checkedBefore)
      .sort((a, b) => (a.statusCheckedAt ?? 0) - (b.statusCheckedAt ?? 0));
  }

  async recordStatus(id: string, dossierStatus: number, dossierCode: string | null): Promise<void> {
    await this.stateDb.submissions.update(id, { dossierStatus, dossierCode, statusCheckedAt: this.now() });
  }

  async counts(): Promise<Record<OutboxState, number>> {
    const states: OutboxState[] = ['queued', 'sending', 'delivered', 'rejected'];
    const values = await Promise.all(
      states.map((s) => this.stateDb.submissions.where('state').equals(s).count()),
    );
    return Object.fromEntries(states.map((s, i) => [s, values[i] ?? 0])) as Record<OutboxState, number>;
  }

  /**
   * Waiting submissions that have already failed at least once, and the oldest one's last failure
   * reason (a machine code such as `network` or `http_503`): for the staff screen. Read-only.
   */
  async retrying(): Promise<{ count: number; lastError: string | null }> {
    const failed = await this.stateDb.submissions
      .where('state')
      .anyOf('queued', 'sending')
      .filter((r) => r.attempts > 0)
      .toArray();
    const oldest = failed.sort((a, b) => a.createdAt - b.createdAt)[0];
    return { count: failed.length, lastError: oldest?.lastError ?? null };
  }

  /**
   * Version 1 stored answers in clear; seal each of them now (outside the upgrade
   * transaction, because WebCrypto is asynchronous) and drop the plaintext.
   */
  async sealLegacy(seal: (legacy: Record<string, unknown>) => Promise<SubmissionRequest>): Promise<number> {
    const legacy = await this.db.legacyPlaintext.toArray();
    for (const row of legacy) {
      const request = await seal(row.request as Record<string, unknown>);
      await this.db.transaction('rw', this.db.submissions, this.db.legacyPlaintext, async () => {
        await this.db.submissions.update(row.id, {
          request,
          payloadBytes: request.sealed.ciphertext.length,
          nextAttemptAt: 0,
          resealedAt: this.now(),
        });
        await this.db.legacyPlaintext.delete(row.id);
      });
    }
    return legacy.length;
  }

  private async transition(
    id: string,
    to: OutboxState,
    changes: (record: OutboxRecord) => Partial<OutboxRecord>,
    alsoInTransaction?: () => Promise<unknown>,
  ): Promise<void> {
    await this.stateDb.transaction('rw', this.stateDb.submissions, this.stateDb.attachments, async () => {
      const record = await this.stateDb.submissions.get(id);
      if (!record) throw new Error(`outbox: no submission ${id}`);
      if (!canTransition(record.state, to)) {
        throw new Error(`outbox: ${record.state} → ${to} is not allowed for ${id}`);
      }
      await this.stateDb.submissions.update(id, { ...changes(record), state: to });
      await alsoInTransaction?.();
    });
  }

  /** Read-only, for status lookup: the submission with this receipt code (unique index), if this kiosk has it. */
  byReceiptCode(receiptCode: string): Promise<OutboxRecord | undefined> {
    return this.stateDb.submissions.where('receiptCode').equals(receiptCode).first();
  }
}

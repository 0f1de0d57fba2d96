import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { OutboxAttachment, OutboxRecord, StoredCatalog } from './outbox-record';
import type { QueuedAuditEvent } from './audit-queue';
import type { QueuedSurvey } from './survey-queue';

/**
 * The kiosk's one IndexedDB database. Schema versions are numbered and never
 * edited once shipped: a change adds a new `version(n)` with its upgrade and a
 * migration test (outbox-db.test.ts). Strict durability: a write resolves only
 * once it is on disk, so the receipt a resident sees is never ahead of the data.
 */
export const OUTBOX_DB_NAME = 'mot-cua-kiosk';

export class OutboxDatabase extends Dexie {
  submissions!: EntityTable<OutboxRecord, 'id'>;
  attachments!: EntityTable<OutboxAttachment, 'key'>;
  catalog!: EntityTable<StoredCatalog, 'id'>;
  /** Submissions queued by version 1 (answers in clear), waiting to be sealed after open. */
  legacyPlaintext!: EntityTable<{ id: string; request: unknown }, 'id'>;
  /** Anonymous quick-survey answers waiting to be sent (survey-queue.ts). */
  surveys!: EntityTable<QueuedSurvey, 'id'>;
  /** Staff actions waiting to be reported to the city (audit-queue.ts). */
  auditEvents!: EntityTable<QueuedAuditEvent, 'id'>;

  /** `relaxed` only for sync bookkeeping that an idempotent resend can redo (see Outbox). */
  constructor(name: string = OUTBOX_DB_NAME, durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    // v1 (walking skeleton): answers stored in clear inside `request`.
    this.version(1).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], createdAt',
    });
    // v2: sealed payloads, encrypted attachments with upload offsets, the last good catalog.
    this.version(2)
      .stores({
        submissions: 'id, &receiptCode, state, [state+nextAttemptAt], [state+createdAt], createdAt',
        attachments: 'key, submissionId',
        catalog: 'id',
        legacyPlaintext: 'id',
      })
      .upgrade(moveV1Plaintext);
    // v3: the quick-survey queue. A new table only: every v2 table and index stays as it was.
    this.version(3).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], [state+createdAt], createdAt',
      attachments: 'key, submissionId',
      catalog: 'id',
      legacyPlaintext: 'id',
      surveys: 'id, state, [state+nextAttemptAt]',
    });
    // v4: the staff audit queue. A new table only: every v3 table and index stays as it was.
    this.version(4).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], [state+createdAt], createdAt',
      attachments: 'key, submissionId',
      catalog: 'id',
      legacyPlaintext: 'id',
      surveys: 'id, state, [state+nextAttemptAt]',
      auditEvents: 'id, state, [state+nextAttemptAt]',
    });
  }
}

/**
 * Version 1 rows hold answers in clear. Encryption is asynchronous (WebCrypto) and
 * cannot run inside an upgrade transaction, so the upgrade moves each undelivered
 * request to `legacyPlaintext` and takes it out of the queue; `sealLegacySubmissions`
 * seals them right after open. Delivered rows only need their payload purged.
 */
async function moveV1Plaintext(tx: Transaction): Promise<void> {
  const submissions = tx.table('submissions');
  const rows: Record<string, unknown>[] = await submissions.toArray();
  const waiting = rows.filter((row) => row['state'] !== 'delivered' && row['state'] !== 'rejected');
  await tx
    .table('legacyPlaintext')
    .bulkPut(waiting.map((row) => ({ id: row['id'], request: row['request'] })));
  await submissions.toCollection().modify((row: Record<string, unknown>) => {
    const waitingRow = row['state'] !== 'delivered' && row['state'] !== 'rejected';
    delete row['request'];
    row['attachmentCount'] = 0;
    row['payloadBytes'] = 0;
    if (row['state'] === 'delivered') row['purgedAt'] = Date.now();
    if (waitingRow) {
      // Parked until sealed: never due, so the sync engine leaves it alone.
      row['state'] = 'queued';
      row['nextAttemptAt'] = Number.MAX_SAFE_INTEGER;
    }
  });
}

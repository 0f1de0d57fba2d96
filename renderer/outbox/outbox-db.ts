import Dexie, { type EntityTable } from 'dexie';
import type { OutboxRecord } from './outbox-record';

/**
 * The kiosk's one IndexedDB database. Schema versions are numbered and never
 * edited once shipped: a change adds a new `version(n)` with its upgrade and a
 * migration test. Strict durability: a write resolves only once it is on disk,
 * so the receipt a resident sees is never ahead of the data.
 */
export const OUTBOX_DB_NAME = 'mot-cua-kiosk';

export class OutboxDatabase extends Dexie {
  submissions!: EntityTable<OutboxRecord, 'id'>;

  constructor(name: string = OUTBOX_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      submissions: 'id, &receiptCode, state, [state+nextAttemptAt], createdAt',
    });
  }
}

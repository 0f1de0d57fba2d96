import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from './outbox';
import { OutboxDatabase } from './outbox-db';

const request = (n: number) => submissionRequest(n);

describe('Outbox', () => {
  let db: OutboxDatabase;
  let clock = 0;
  let outbox: Outbox;
  beforeEach(() => {
    db = new OutboxDatabase(`outbox-test-${Math.random()}`);
    clock = 100;
    outbox = new Outbox(db, () => clock);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('opens schema version 1 with the indexes the queue relies on', async () => {
    await db.open();
    expect(db.verno).toBe(1);
    const table = db.table('submissions');
    expect(table.schema.primKey.name).toBe('id');
    expect(table.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['&receiptCode', '[state+nextAttemptAt]', 'createdAt', 'state'].map((n) => n.replace('&', '')).sort(),
    );
  });

  it('uses strict durability for every transaction', () => {
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict');
  });

  it('returns the oldest due submission first and skips ones waiting for a retry', async () => {
    await outbox.enqueue(request(1));
    clock = 200;
    await outbox.enqueue(request(2));
    expect((await outbox.nextDue(clock))?.id).toBe(request(1).submissionId);
    await outbox.markSending(request(1).submissionId);
    await outbox.markRetry(request(1).submissionId, 10_000, 'network');
    expect((await outbox.nextDue(clock))?.id).toBe(request(2).submissionId);
    expect(await outbox.nextWakeAt()).toBe(0);
  });

  it('refuses transitions the state machine does not allow', async () => {
    await outbox.enqueue(request(1));
    await expect(outbox.markDelivered(request(1).submissionId, '2026-11-23T10:00:00Z', 1)).rejects.toThrow(
      /not allowed/,
    );
    await outbox.markSending(request(1).submissionId);
    await outbox.markRejected(request(1).submissionId, 'http_422');
    await expect(outbox.markSending(request(1).submissionId)).rejects.toThrow(/not allowed/);
  });

  it('never stores two submissions with the same receipt code', async () => {
    await outbox.enqueue(request(1));
    await expect(
      outbox.enqueue({ ...request(2), receiptCode: request(1).receiptCode }),
    ).rejects.toBeInstanceOf(Dexie.ConstraintError);
    expect(await outbox.counts()).toEqual({ queued: 1, sending: 0, delivered: 0, rejected: 0 });
  });
});

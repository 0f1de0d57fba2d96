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

  it('writes a submission and its attachments in one transaction: all or nothing', async () => {
    const meta = { id: 'photo-1', size: 3, sha256: 'b'.repeat(64), iv: 'AAAAAAAAAAAAAAAA' };
    await outbox.enqueue(request(1), [{ meta, blob: new Blob([new Uint8Array([1, 2, 3])]) }]);
    expect((await outbox.attachmentsOf(request(1).submissionId)).map((a) => a.size)).toEqual([3]);
    // Same attachment key again: the attachment write fails, so the new submission must not exist either.
    const clash = { ...request(2), submissionId: request(1).submissionId, receiptCode: 'AAAA-QQQQ-C' };
    await expect(outbox.enqueue(clash, [{ meta, blob: new Blob([new Uint8Array([9])]) }])).rejects.toThrow();
    expect(await outbox.counts()).toEqual({ queued: 1, sending: 0, delivered: 0, rejected: 0 });
  });

  it('never stores two submissions with the same receipt code', async () => {
    await outbox.enqueue(request(1));
    await expect(
      outbox.enqueue({ ...request(2), receiptCode: request(1).receiptCode }),
    ).rejects.toBeInstanceOf(Dexie.ConstraintError);
    expect(await outbox.counts()).toEqual({ queued: 1, sending: 0, delivered: 0, rejected: 0 });
  });
});

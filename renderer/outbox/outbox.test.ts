import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryJournal } from '../../tests/support/memory-journal';
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

describe('Outbox with its journal', () => {
  const name = () => `outbox-journal-test-${Math.random()}`;
  const meta = { id: 'photo-1', size: 3, sha256: 'b'.repeat(64), iv: 'AAAAAAAAAAAAAAAA' };
  const photo = () => [{ meta, blob: new Blob([new Uint8Array([1, 2, 3])]) }];
  const withPhoto = (n: number) => submissionRequest(n, { attachments: [meta] });
  let db: OutboxDatabase;
  let journal: ReturnType<typeof memoryJournal>;
  let outbox: Outbox;
  beforeEach(() => {
    db = new OutboxDatabase(name());
    journal = memoryJournal();
    outbox = new Outbox(db, () => 100, { journal });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('journals each submission with its sealed attachment bytes', async () => {
    await outbox.enqueue(withPhoto(1), photo());
    await outbox.journalIdle();
    expect(journal.entries.get(withPhoto(1).submissionId)).toEqual({
      request: withPhoto(1),
      createdAt: 100,
      attachments: [{ attachmentId: 'photo-1', sealedBase64: 'AQID' }],
    });
  });

  it('keeps the submission when the journal write fails, and journals it at the next start', async () => {
    const write = journal.write;
    const failures: unknown[] = [];
    journal.write = () => Promise.reject(new Error('ENOSPC'));
    const failing = new Outbox(db, () => 100, { journal, onJournalError: (e) => failures.push(e) });
    await failing.enqueue(withPhoto(1), photo());
    await failing.journalIdle();
    expect(failures).toEqual([new Error('ENOSPC')]);
    expect(await failing.counts()).toMatchObject({ queued: 1 });
    expect(journal.entries.size).toBe(0);
    journal.write = write;
    expect(await failing.reconcileJournal()).toEqual({
      restored: 0,
      forgotten: 0,
      unreadable: 0,
      backfilled: 1,
    });
    expect(journal.entries.get(withPhoto(1).submissionId)?.attachments).toEqual([
      { attachmentId: 'photo-1', sealedBase64: 'AQID' },
    ]);
  });

  it('writes no journal entry when IndexedDB refuses the submission', async () => {
    await outbox.enqueue(request(1));
    await expect(outbox.enqueue({ ...request(2), receiptCode: request(1).receiptCode })).rejects.toThrow();
    await outbox.journalIdle();
    expect([...journal.entries.keys()]).toEqual([request(1).submissionId]);
  });

  it('forgets delivered submissions, one at a time or in a batch', async () => {
    for (const n of [1, 2, 3]) await outbox.enqueue(request(n));
    const [first, ...rest] = await outbox.claimDue(100, 3);
    await outbox.markDelivered(first?.id ?? '', '2026-11-23T10:00:00Z', 2);
    await outbox.completeDelivered(
      rest.map((r) => ({ id: r.id, serverReceivedAt: '2026-11-23T10:00:00Z', dossierStatus: 2 })),
    );
    await vi.waitFor(() => expect(journal.entries.size).toBe(0));
  });

  it('restores what a wiped IndexedDB lost, attachments and queue order included', async () => {
    await outbox.enqueue(withPhoto(1), photo());
    await outbox.enqueue(request(2));
    await outbox.journalIdle();
    db.close();
    await db.delete(); // what Chromium does to a backing store it finds corrupt
    const fresh = new OutboxDatabase(db.name);
    const restoredOutbox = new Outbox(fresh, () => 999, { journal });
    expect(await restoredOutbox.reconcileJournal()).toEqual({
      restored: 2,
      forgotten: 0,
      unreadable: 0,
      backfilled: 0,
    });
    const restored = await restoredOutbox.get(withPhoto(1).submissionId);
    expect(restored).toMatchObject({
      state: 'queued',
      createdAt: 100,
      request: withPhoto(1),
      attachmentCount: 1,
    });
    const [attachment] = await restoredOutbox.attachmentsOf(withPhoto(1).submissionId);
    expect(new Uint8Array(await (attachment?.blob ?? new Blob()).arrayBuffer())).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    expect(attachment).toMatchObject({ uploadedOffset: 0, complete: false });
    expect(await restoredOutbox.counts()).toEqual({ queued: 2, sending: 0, delivered: 0, rejected: 0 });
    // A second start finds everything in place and changes nothing.
    expect(await restoredOutbox.reconcileJournal()).toEqual({
      restored: 0,
      forgotten: 0,
      unreadable: 0,
      backfilled: 0,
    });
    db = fresh;
  });

  it('drops journal entries of submissions already delivered, and counts unusable ones', async () => {
    await outbox.enqueue(request(1));
    await outbox.enqueue(withPhoto(2), photo());
    await outbox.markSending(request(1).submissionId);
    // The removal after delivery was lost (a crash): the entry is still there.
    const remove = journal.remove;
    journal.remove = () => Promise.reject(new Error('crash'));
    await outbox.markDelivered(request(1).submissionId, '2026-11-23T10:00:00Z', 2);
    await outbox.journalIdle();
    journal.remove = remove;
    // An entry whose attachment bytes do not match the declared size cannot be restored.
    const broken = journalEntryWithBadPhoto();
    journal.entries.set(broken.request.submissionId, broken);
    expect(await outbox.reconcileJournal()).toEqual({
      restored: 0,
      forgotten: 1,
      unreadable: 1,
      backfilled: 0,
    });
    expect([...journal.entries.keys()].sort()).toEqual(
      [withPhoto(2).submissionId, broken.request.submissionId].sort(),
    );
  });
});

function journalEntryWithBadPhoto() {
  const request = submissionRequest(7, {
    attachments: [{ id: 'photo-1', size: 99, sha256: 'c'.repeat(64), iv: 'AAAAAAAAAAAAAAAA' }],
  });
  return { request, createdAt: 5, attachments: [{ attachmentId: 'photo-1', sealedBase64: 'AQID' }] };
}

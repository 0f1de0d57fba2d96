import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditQueue } from './audit-queue';
import { OutboxDatabase } from './outbox-db';

describe('staff audit queue', () => {
  let db: OutboxDatabase;
  let clock: number;
  let ids: number;
  let audit: AuditQueue;

  beforeEach(() => {
    db = new OutboxDatabase(`audit-test-${Math.random()}`);
    clock = Date.parse('2026-11-23T03:00:00.000Z');
    ids = 0;
    audit = new AuditQueue(db, () => clock, {
      kioskId: 'HN-TEST',
      newId: () => `a0000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('stores each action as the event the city will receive, due at once', async () => {
    const queued = await audit.record('staff.unlock_failed', { failedAttempts: 2 });
    expect(queued).toEqual({
      id: 'a0000000-0000-4000-8000-000000000001',
      state: 'queued',
      attempts: 0,
      nextAttemptAt: clock,
      event: {
        eventId: 'a0000000-0000-4000-8000-000000000001',
        kioskId: 'HN-TEST',
        at: '2026-11-23T03:00:00.000Z',
        action: 'staff.unlock_failed',
        details: { failedAttempts: 2 },
      },
    });
    expect(await audit.due(clock, 10)).toEqual([queued]);
  });

  it('refuses details the closed audit contract has no place for, storing nothing', async () => {
    await expect(audit.record('staff.exit', { residentName: 'Nguyễn Văn A' } as never)).rejects.toThrow();
    await expect(audit.record('staff.wipe' as never)).rejects.toThrow();
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });

  it('keeps retried events until their time, parks refused ones, forgets delivered ones', async () => {
    const [a, b, c] = [
      await audit.record('staff.unlock'),
      await audit.record('staff.force_sync', { waiting: 3, outcome: 'failed' }),
      await audit.record('staff.exit', { durationSeconds: 75 }),
    ];
    expect((await audit.due(clock, 2)).map((e) => e.id)).toEqual([a.id, b.id]);
    await audit.markRetry([a.id, b.id], clock + 5_000, 'network');
    expect((await audit.due(clock, 10)).map((e) => e.id)).toEqual([c.id]);
    expect((await audit.due(clock + 5_000, 10)).map((e) => [e.id, e.attempts])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 1],
    ]);
    await audit.markRejected([c.id], 'http_400_invalid_request');
    await audit.markDelivered([a.id]);
    expect(await audit.counts()).toEqual({ queued: 1, rejected: 1 });
    expect((await audit.due(clock + 5_000, 10)).map((e) => e.id)).toEqual([b.id]);
  });
});

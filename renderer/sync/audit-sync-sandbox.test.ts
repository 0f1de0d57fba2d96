// @vitest-environment node
// The sandbox is a Node server (sql.js, node:fs); IndexedDB comes from fake-indexeddb as in every dom test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { admin, removeDir, startSandbox } from '../../sandbox/test-support';
import { AuditQueue } from '../outbox/audit-queue';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { MANUAL_SYNC } from './testing/manual-sync';

/**
 * Staff audit events against the real sandbox over HTTP: queued in IndexedDB, sent by the sync
 * engine with the kiosk's credential, the answer lost once (commit then drop), resent as they
 * were, and held by the city exactly once each.
 */
describe('staff audit events → sandbox city', () => {
  let sandbox: SandboxServer & { dataDir: string; credential: string | null };
  let db: OutboxDatabase;
  let clock: number;

  beforeEach(async () => {
    sandbox = await startSandbox();
    db = new OutboxDatabase(`audit-sandbox-${Math.random()}`);
    clock = Date.parse('2026-11-23T03:47:12.345Z');
  });
  afterEach(async () => {
    await sandbox.close();
    removeDir(sandbox.dataDir);
    db.close();
    await db.delete();
  });

  it('arrive once each, despite a lost answer', async () => {
    const audit = new AuditQueue(db, () => clock, {
      kioskId: 'HN-TEST-0001',
      newId: () => crypto.randomUUID(),
    });
    const sync = new SyncEngine({
      outbox: new Outbox(db, () => clock),
      audit,
      api: new CityApiClient({
        baseUrl: sandbox.url,
        fetch,
        now: () => clock,
        credential: async () => sandbox.credential,
      }),
      now: () => clock,
      random: () => 0.5,
      ...MANUAL_SYNC,
    });
    const pass = async () => {
      sync.kick();
      await sync.idle();
    };
    const held = async () =>
      (
        (await (await admin(sandbox.url, 'GET', '/audit-events')).json()) as {
          events: { eventId: string; event: { action: string; details: object } }[];
        }
      ).events;

    await audit.record('staff.unlock_failed', { failedAttempts: 1 });
    await audit.record('staff.unlock');
    await pass();
    expect((await held()).map((e) => e.event.action).sort()).toEqual(['staff.unlock', 'staff.unlock_failed']);
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });

    await audit.record('staff.force_sync', { waiting: 2, outcome: 'ok' });
    await audit.record('staff.exit', { durationSeconds: 95 });
    await admin(sandbox.url, 'POST', '/faults', { commitThenDropRate: 1 });
    await pass();
    expect(await held()).toHaveLength(4); // the city has them, the kiosk could not hear it
    expect(await audit.counts()).toEqual({ queued: 2, rejected: 0 });

    await admin(sandbox.url, 'DELETE', '/faults');
    clock += 5 * 60_000;
    await pass();
    const events = await held();
    expect(events).toHaveLength(4);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(4);
    expect(events.find((e) => e.event.action === 'staff.exit')?.event.details).toEqual({
      durationSeconds: 95,
    });
    expect(await audit.counts()).toEqual({ queued: 0, rejected: 0 });
  });
});

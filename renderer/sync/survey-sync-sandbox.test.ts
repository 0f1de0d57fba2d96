// @vitest-environment node
// The sandbox is a Node server (sql.js, node:fs); IndexedDB comes from fake-indexeddb as in every dom test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSurveyRequest } from '../../shared/survey/build-survey-request';
import type { SandboxServer } from '../../sandbox/server';
import type { SurveyAggregates } from '../../sandbox/survey-aggregates';
import { admin, removeDir, startSandbox } from '../../sandbox/test-support';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { SurveyQueue } from '../outbox/survey-queue';
import { CityApiClient } from './city-api-client';
import { SyncEngine } from './sync-engine';
import { MANUAL_SYNC } from './testing/manual-sync';

/**
 * The whole path of a quick survey against the real sandbox over HTTP: queued
 * in IndexedDB, held until its release, sent by the sync engine, its answer lost
 * once (commit then drop), retried with backoff, stored once, counted in the
 * admin aggregates.
 */
describe('quick survey → sandbox city', () => {
  let sandbox: SandboxServer & { dataDir: string; credential: string | null };
  let db: OutboxDatabase;
  let clock: number;

  beforeEach(async () => {
    sandbox = await startSandbox();
    db = new OutboxDatabase(`survey-sandbox-${Math.random()}`);
    clock = Date.parse('2026-11-23T03:47:12.345Z');
  });
  afterEach(async () => {
    await sandbox.close();
    removeDir(sandbox.dataDir);
    db.close();
    await db.delete();
  });

  it('arrives once, after its release time, despite a lost answer', async () => {
    const surveys = new SurveyQueue(db, () => clock, { releaseAt: (now) => now + 60 * 60_000 });
    const outbox = new Outbox(db, () => clock);
    const sync = new SyncEngine({
      outbox,
      surveys,
      // The test kiosk's credential from the sandbox's own enrolment (sandbox/test-support.ts).
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
    const listed = async () =>
      (await (await admin(sandbox.url, 'GET', '/surveys')).json()) as {
        aggregates: SurveyAggregates;
        counters: { received: number; stored: number; replays: number };
      };

    await surveys.enqueue(
      buildSurveyRequest({
        surveyId: crypto.randomUUID(),
        kioskId: 'HN-00001',
        wardCode: '00004',
        procedureId: 'HT-KS',
        locale: 'vi',
        answers: { findInformation: 5, procedureInformation: 4, formGuidance: 4, overall: 5 },
        answeredAtMs: clock,
      }),
    );
    await pass();
    expect((await listed()).counters.received).toBe(0); // held: not before the release time

    clock += 60 * 60_000;
    await admin(sandbox.url, 'POST', '/faults', { commitThenDropRate: 1 });
    await pass();
    expect((await listed()).counters).toMatchObject({ received: 1, stored: 1 });
    expect(await surveys.counts()).toEqual({ queued: 1, rejected: 0 });

    await admin(sandbox.url, 'DELETE', '/faults');
    clock += 5 * 60_000;
    await pass();
    const { counters, aggregates } = await listed();
    expect(counters).toMatchObject({ received: 2, stored: 1, replays: 1 });
    expect(await surveys.counts()).toEqual({ queued: 0, rejected: 0 });
    expect(aggregates.questions.map((q) => [q.factor, q.mean])).toEqual([
      ['F1', 5],
      ['F2', 4],
      ['F3', 4],
      ['overall', 5],
    ]);
  });
});

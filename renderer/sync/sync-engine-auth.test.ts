import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionRequest } from '../../shared/api/city-api';
import type { CredentialStatus } from '../../shared/api/kiosk-auth';
import { DEFAULT_CATCH_UP } from '../../shared/sync/catch-up-pacing';
import { fakeCity } from '../../tests/support/fake-city';
import { submissionRequest } from '../../tests/support/submission-request';
import { Outbox } from '../outbox/outbox';
import { OutboxDatabase } from '../outbox/outbox-db';
import { acceptedReply } from './accepted-reply';
import { CityApiClient } from './city-api-client';
import { CredentialSource, type CredentialBridge } from './credential-source';
import { SyncEngine } from './sync-engine';
import { MANUAL_SYNC } from './testing/manual-sync';

/**
 * The sync engine with a credential the city can revoke: the renderer's
 * CredentialSource over a fake main process, and a city that answers 401 to any
 * credential but the one it currently accepts.
 */
let counter = 0;
const accepted = (r: SubmissionRequest) => acceptedReply(r);

describe('SyncEngine with a revocable credential', () => {
  let db: OutboxDatabase;
  let outbox: Outbox;
  let clock: number;
  /** What the city accepts, and what the fake main process hands out. */
  let cityAccepts: string;
  let mainHolds: string;
  let renewals: number;
  let unauthorized: number;

  beforeEach(() => {
    db = new OutboxDatabase(`sync-auth-${Math.random()}`);
    clock = 1_000_000;
    outbox = new Outbox(db, () => clock);
    cityAccepts = 'credential-A';
    mainHolds = 'credential-A';
    renewals = 0;
    unauthorized = 0;
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function engine() {
    const city = fakeCity();
    const status = (): CredentialStatus => ({
      credential: mainHolds,
      storage: 'os_protected',
      state: 'enrolled',
    });
    const bridge: CredentialBridge = {
      getCredential: async () => status(),
      renewCredential: async () => {
        renewals += 1;
        return status();
      },
    };
    const credential = new CredentialSource(bridge, () => clock);
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input)).pathname;
      if (
        path !== '/v1/health' &&
        new Headers(init?.headers).get('authorization') !== `Bearer ${cityAccepts}`
      ) {
        unauthorized += 1;
        return new Response(JSON.stringify({ code: 'unauthorized', message: 'no' }), {
          status: 401,
          headers: { 'content-type': 'application/json' },
        });
      }
      // Answers each POST for its own submission, whatever order concurrent sends arrive in.
      if (path === '/v1/submissions' && typeof init?.body === 'string') {
        city.posts.push(accepted(JSON.parse(init.body) as SubmissionRequest));
      }
      return city.fetch(input, init);
    }) as typeof globalThis.fetch;
    const sync = new SyncEngine({
      outbox,
      api: new CityApiClient({
        baseUrl: 'https://city.example',
        fetch,
        now: () => clock,
        credential: () => credential.current(),
      }),
      now: () => clock,
      random: () => 0.5,
      ...MANUAL_SYNC,
      concurrency: 4,
      catchUp: { ...DEFAULT_CATCH_UP, probeGapMs: 1_000, reconnectSpreadMs: 1_000 },
      reauthenticate: () => credential.renew(),
    });
    const pass = async () => {
      sync.kick();
      await sync.idle();
    };
    return { city, pass };
  }

  async function queue(n: number) {
    const requests = Array.from({ length: n }, () => submissionRequest(++counter));
    for (const r of requests) await outbox.enqueue(r);
    return requests;
  }

  it('sends the credential and needs no renewal while the city accepts it', async () => {
    const { city, pass } = engine();
    await queue(2);
    await pass();
    expect(await outbox.counts()).toMatchObject({ delivered: 2, queued: 0 });
    expect(city.work().every((c) => c.headers.get('authorization') === 'Bearer credential-A')).toBe(true);
    expect(renewals).toBe(0);
  });

  it('renews once for many concurrent 401s from one rotation, and delivers them all at once', async () => {
    const { pass } = engine();
    await queue(1);
    await pass(); // the page holds credential-A now
    await queue(8);
    cityAccepts = 'credential-B';
    mainHolds = 'credential-B'; // the main process already has the new one (e.g. re-enrolled)
    await pass();
    expect(renewals).toBe(1);
    expect(unauthorized).toBeGreaterThan(1);
    expect(await outbox.counts()).toMatchObject({ delivered: 9, queued: 0 });
  });

  it('keeps the queue while the city refuses the kiosk, and delivers after IT provisions a new token', async () => {
    const { pass } = engine();
    await queue(1);
    await pass(); // enrolled and delivering
    const [first] = await queue(3);
    cityAccepts = 'credential-revoked-nothing-matches';
    await pass();
    // Refused: nothing renewed (the main process has nothing new), nothing rejected, nothing lost.
    expect(await outbox.counts()).toMatchObject({ queued: 3, delivered: 1, rejected: 0 });
    expect((await outbox.get(first?.submissionId ?? ''))?.lastError).toBe('http_401_unauthorized');

    // Backoff-paced probes keep asking the main process; each renewal finds nothing new.
    const asked = renewals;
    clock += 60_000;
    await pass();
    expect(await outbox.counts()).toMatchObject({ queued: 3, delivered: 1 });
    expect(renewals).toBeGreaterThan(asked);

    // IT puts a new token in the file: the main process enrols, the next probe picks it up.
    cityAccepts = 'credential-C';
    mainHolds = 'credential-C';
    for (let i = 0; i < 6 && (await outbox.counts()).delivered < 4; i++) {
      clock += 10 * 60_000;
      await pass();
    }
    expect(await outbox.counts()).toMatchObject({ queued: 0, delivered: 4, rejected: 0 });
  });
});

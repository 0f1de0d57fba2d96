import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../shared/api/city-api';
import type { SandboxServer } from './server';
import { admin, listStored, postSubmission, removeDir, startSandbox, validSubmission } from './test-support';

let server: SandboxServer & { dataDir: string };
beforeEach(async () => {
  server = await startSandbox();
});
afterEach(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const setFaults = async (faults: object) => {
  const res = await admin(server.url, 'POST', '/faults', faults);
  expect(res.status).toBe(200);
};

describe('faults', () => {
  it('errorRate 1 → 503 with Retry-After, nothing stored', async () => {
    await setFaults({ errorRate: 1, retryAfterSeconds: 3 });
    const res = await postSubmission(server.url, await validSubmission());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(ApiErrorSchema.parse(await res.json()).code).toBe('unavailable');
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(503);
    expect((await listStored(server.url)).counters).toMatchObject({ received: 1, stored: 0 });
  });

  it('resetRate 1 → the connection is reset, nothing stored', async () => {
    await setFaults({ resetRate: 1 });
    await expect(postSubmission(server.url, await validSubmission())).rejects.toThrow();
    expect((await listStored(server.url)).counters).toMatchObject({ received: 1, stored: 0 });
  });

  it('commit-then-drop: the client sees a failure but the submission is stored; a retry gets 200 and the same receipt', async () => {
    await setFaults({ commitThenDropRate: 1 });
    const body = await validSubmission();
    await expect(postSubmission(server.url, body)).rejects.toThrow();
    const { submissions } = await listStored(server.url);
    expect(submissions.map((s) => s.idempotencyKey)).toEqual([body.submissionId]);

    await admin(server.url, 'DELETE', '/faults');
    const retry = await postSubmission(server.url, body);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({
      receiptCode: body.receiptCode,
      receivedAt: submissions[0]?.receivedAt,
    });
    expect((await listStored(server.url)).counters).toMatchObject({ stored: 1, replays: 1 });
  });

  it('timeoutRate 1 → the request is held until the client gives up, nothing stored', async () => {
    await setFaults({ timeoutRate: 1, holdMs: 5000 });
    const started = Date.now();
    const body = await validSubmission();
    const request = postSubmission(server.url, body, body.submissionId, { signal: AbortSignal.timeout(150) });
    await expect(request).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await listStored(server.url)).counters.stored).toBe(0);
  });

  it('concurrent duplicates: exactly one is stored, the other gets 409 or the replay', async () => {
    await setFaults({ latencyMs: 150 });
    const body = await validSubmission();
    const [a, b] = await Promise.all([postSubmission(server.url, body), postSubmission(server.url, body)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0] === 201 || statuses[1] === 201).toBe(true);
    expect([
      [201, 409],
      [200, 201],
    ]).toContainEqual(statuses);
    const loser = a.status === 201 ? b : a;
    if (loser.status === 409) {
      expect(ApiErrorSchema.parse(await loser.json()).code).toBe('request_in_progress');
      expect(loser.headers.get('retry-after')).not.toBeNull();
    }
    expect((await listStored(server.url)).counters.stored).toBe(1);
  });

  it('never applies to /__sandbox, and GET/DELETE show and clear the faults', async () => {
    await setFaults({ errorRate: 1, resetRate: 1, seed: 1 });
    expect(await (await admin(server.url, 'GET', '/faults')).json()).toEqual({
      errorRate: 1,
      resetRate: 1,
      seed: 1,
    });
    expect((await admin(server.url, 'GET', '/submissions')).status).toBe(200);
    expect((await admin(server.url, 'GET', '/catalog')).status).toBe(200);
    expect(await (await admin(server.url, 'DELETE', '/faults')).json()).toEqual({});
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(200);
    // Typos are refused rather than silently ignored.
    expect((await admin(server.url, 'POST', '/faults', { eror_rate: 1 })).status).toBe(400);
  });

  it('the same seed gives the same outcomes', async () => {
    const run = async () => {
      await setFaults({ errorRate: 0.5, seed: 1234 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(`${server.url}/v1/health`)).status);
      return statuses;
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 503]));
    expect(await run()).toEqual(first);
  });
});

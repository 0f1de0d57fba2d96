// Quick variant of the chaos run (the long one is `npm run chaos`): faults on,
// the browser SIGKILLed ten times during enqueue and sync, then every receipt
// must be at the city exactly once with its answers and photos intact.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF } from '../../shared/sync/backoff';
import { runChaos } from './harness/chaos-run';

describe('nothing lost, nothing twice (quick chaos)', () => {
  it('delivers every receipted submission exactly once under faults and 10 kills', async () => {
    const report = await runChaos({
      submissions: 30,
      kills: 10,
      photos: 1,
      photoBytes: 150_000,
      faults: { errorRate: 0.3, resetRate: 0.1, commitThenDropRate: 0.1, latencyMs: [0, 40] },
      seed: 20261123,
      // After the faults stop, a failure streak may still hold the queue for up to the backoff cap
      // (5 min) before its next probe; a run ending in a long streak once missed a 120 s limit.
      drainTimeoutMs: DEFAULT_BACKOFF.capMs + 60_000,
    });
    console.log(`chaos quick: ${JSON.stringify(report)}`);
    expect(report).toMatchObject({ submitted: 30, kills: 10, lost: 0, duplicates: 0 });
    expect(report.delivered).toBe(30);
    expect(report.payloadMismatches).toBe(0);
    expect(report.photoMismatches).toBe(0);
  }, 600_000);
});

import { describe, expect, it, vi } from 'vitest';
import { HeartbeatSchema } from '../../shared/api/heartbeat';
import { ErrorTally } from './error-tally';
import { composeHeartbeat, HeartbeatSender, type HeartbeatInputs } from './heartbeat';
import { heartbeatCollector } from './heartbeat-sources';

const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const inputs = (overrides: Partial<HeartbeatInputs> = {}): HeartbeatInputs => ({
  kioskId: 'HN-00001',
  wardCode: '00004',
  app: { version: '0.1.0', shell: 'electron' },
  intervalSeconds: 300,
  now: NOW,
  waiting: 3,
  rejected: 1,
  oldestWaitingAt: NOW - 125_400,
  lastSyncAt: NOW - 60_000,
  connectivity: 'online',
  estimate: { usage: 5_000_000, quota: 12_000_000 },
  errors: { since: NOW - 300_000, takenAt: NOW, counts: { network: 2 } },
  credentialStorage: 'os_protected',
  ...overrides,
});

describe('composeHeartbeat', () => {
  it('builds a heartbeat the contract accepts, with ages and free space worked out', () => {
    const heartbeat = composeHeartbeat(inputs());
    expect(HeartbeatSchema.parse(heartbeat)).toEqual(heartbeat);
    expect(heartbeat).toMatchObject({
      sentAt: '2026-11-20T02:00:00.000Z',
      queue: { waiting: 3, rejected: 1, oldestWaitingAgeSeconds: 125 },
      lastSyncAt: '2026-11-20T01:59:00.000Z',
      storage: { usageBytes: 5_000_000, quotaBytes: 12_000_000, freeBytes: 7_000_000 },
      errors: { since: '2026-11-20T01:55:00.000Z', counts: { network: 2 } },
    });
  });

  it('says null where the kiosk does not know, and weak when storage strength is unknown', () => {
    const heartbeat = composeHeartbeat(
      inputs({ oldestWaitingAt: null, lastSyncAt: null, estimate: null, credentialStorage: 'unknown' }),
    );
    expect(HeartbeatSchema.parse(heartbeat)).toMatchObject({
      queue: { oldestWaitingAgeSeconds: null },
      lastSyncAt: null,
      storage: { usageBytes: null, quotaBytes: null, freeBytes: null },
      credentialStorage: 'weak',
    });
  });
});

function sender(post: () => Promise<{ ok: true } | { ok: false; outcome: never; retryAfterMs: null }>) {
  const timers: { callback: () => void; ms: number }[] = [];
  const deps = {
    collect: vi.fn(async () => inputs()),
    post: vi.fn(post),
    acknowledge: vi.fn(),
    renewCredential: vi.fn(async () => true),
    intervalMs: 300_000,
    setTimer: (callback: () => void, ms: number) => timers.push({ callback, ms }),
    clearTimer: vi.fn(),
    log: vi.fn(),
  };
  return { deps, timers, sender: new HeartbeatSender(deps) };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('HeartbeatSender', () => {
  it('beats at start and then every interval, acknowledging the error counts the city took', async () => {
    const { deps, timers, sender: s } = sender(async () => ({ ok: true }));
    s.start();
    await flush();
    expect(deps.post).toHaveBeenCalledTimes(1);
    expect(deps.acknowledge).toHaveBeenCalledWith(inputs().errors);
    expect(timers.map((t) => t.ms)).toEqual([300_000]);
    timers[0]?.callback();
    await flush();
    expect(deps.post).toHaveBeenCalledTimes(2);
    s.stop();
    expect(deps.clearTimer).toHaveBeenCalled();
  });

  it('after a 401 asks for a renewal, logs the failure and keeps the counts', async () => {
    const { deps, sender: s } = sender(async () => ({
      ok: false,
      outcome: { kind: 'http', status: 401, errorCode: 'unauthorized' } as never,
      retryAfterMs: null,
    }));
    expect(await s.beat()).toBe(false);
    expect(deps.renewCredential).toHaveBeenCalledTimes(1);
    expect(deps.acknowledge).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith('heartbeat.failed', { reason: 'http_401' });
  });

  it('never throws, even when reading the kiosk state fails', async () => {
    const { deps, sender: s } = sender(async () => ({ ok: true }));
    deps.collect.mockRejectedValueOnce(new TypeError('IndexedDB gone'));
    expect(await s.beat()).toBe(false);
    expect(deps.log).toHaveBeenCalledWith('heartbeat.failed', { reason: 'TypeError' });
    expect(deps.post).not.toHaveBeenCalled();
  });
});

describe('heartbeatCollector', () => {
  it('reads the kiosk’s state fresh, asking for the credential first so its storage is known', async () => {
    const storage = { value: 'unknown' as 'unknown' | 'os_protected' };
    const collect = heartbeatCollector({
      kioskId: 'HN-00001',
      wardCode: '00004',
      appInfo: async () => ({ version: '0.1.0', shell: 'electron' }),
      intervalSeconds: 300,
      outbox: {
        counts: async () => ({ queued: 2, sending: 1, delivered: 9, rejected: 1 }),
        oldestQueued: async () => ({ createdAt: NOW - 90_000 }) as never,
      },
      sync: { lastSyncAt: NOW - 5_000, connectivity: 'online' },
      storage: { estimate: async () => ({ usage: 10, quota: 100 }) },
      tally: new ErrorTally(() => NOW),
      credential: {
        get storage() {
          return storage.value;
        },
        current: async () => {
          storage.value = 'os_protected';
          return 'mck_x';
        },
      },
      now: () => NOW,
    });
    const heartbeat = composeHeartbeat(await collect());
    expect(heartbeat).toMatchObject({
      queue: { waiting: 3, rejected: 1, oldestWaitingAgeSeconds: 90 },
      storage: { freeBytes: 90 },
      credentialStorage: 'os_protected',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Heartbeat } from '../shared/api/heartbeat';
import { fleetStatus } from './fleet-status';
import { formatAge } from './fleet-view';

const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const heartbeat = (overrides: Partial<Heartbeat> = {}): Heartbeat => ({
  kioskId: 'HN-00001',
  wardCode: '00004',
  appVersion: '0.1.0',
  shell: 'electron',
  sentAt: new Date(NOW).toISOString(),
  intervalSeconds: 300,
  queue: { waiting: 0, rejected: 0, oldestWaitingAgeSeconds: null },
  lastSyncAt: null,
  connectivity: 'online',
  storage: { usageBytes: null, quotaBytes: null, freeBytes: null },
  errors: { since: new Date(NOW).toISOString(), counts: {} },
  credentialStorage: 'os_protected',
  ...overrides,
});
const status = (hb: Heartbeat | null, ageSeconds = 10, revoked = false) =>
  fleetStatus({
    receivedAt: hb ? new Date(NOW - ageSeconds * 1000).toISOString() : null,
    heartbeat: hb,
    revoked,
    now: NOW,
  });

describe('fleetStatus', () => {
  it('is green for a fresh, healthy heartbeat', () => {
    expect(status(heartbeat())).toEqual({ light: 'green', reasons: [] });
  });

  it('goes by missed beats of the kiosk’s own interval', () => {
    expect(status(heartbeat(), 449).light).toBe('green');
    expect(status(heartbeat(), 451)).toEqual({ light: 'amber', reasons: ['late'] });
    expect(status(heartbeat(), 901)).toEqual({ light: 'red', reasons: ['silent'] });
    expect(status(heartbeat({ intervalSeconds: 3600 }), 901).light).toBe('green');
  });

  it('is red when never seen or revoked', () => {
    expect(status(null)).toEqual({ light: 'red', reasons: ['never_seen'] });
    expect(status(heartbeat(), 10, true)).toEqual({ light: 'red', reasons: ['credential_revoked'] });
  });

  it('names every amber reason', () => {
    const hb = heartbeat({
      queue: { waiting: 40, rejected: 1, oldestWaitingAgeSeconds: 2 * 3600 },
      credentialStorage: 'weak',
      connectivity: 'offline',
      storage: { usageBytes: 1, quotaBytes: 2, freeBytes: 1024 },
      errors: { since: heartbeat().sentAt, counts: { unauthorized: 3 } },
    });
    expect(status(hb)).toEqual({
      light: 'amber',
      reasons: [
        'queue_backlog',
        'rejected_submissions',
        'weak_credential_storage',
        'offline',
        'low_storage',
        'auth_failures',
      ],
    });
    expect(
      status(heartbeat({ errors: { since: hb.sentAt, counts: { network: 15, timeout: 6 } } })).reasons,
    ).toEqual(['errors']);
  });

  it('is red for a queue stuck a day, listing the amber reasons after', () => {
    const hb = heartbeat({
      queue: { waiting: 3, rejected: 0, oldestWaitingAgeSeconds: 25 * 3600 },
      credentialStorage: 'weak',
    });
    expect(status(hb)).toEqual({ light: 'red', reasons: ['queue_stuck', 'weak_credential_storage'] });
  });
});

describe('formatAge', () => {
  it.each([
    [null, 'never'],
    [5, '5 s ago'],
    [600, '10 min ago'],
    [7200, '2 h ago'],
    [3 * 86_400, '3 days ago'],
  ])('%s s → %s', (seconds, text) => expect(formatAge(seconds)).toBe(text));
});

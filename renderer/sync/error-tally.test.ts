import { describe, expect, it } from 'vitest';
import { ErrorTally, kindOfEvent } from './error-tally';

describe('kindOfEvent', () => {
  it.each([
    ['sync.retry_scheduled', { reason: 'network' }, 'network'],
    ['sync.retry_scheduled', { reason: 'timeout' }, 'timeout'],
    ['sync.retry_scheduled', { reason: 'http_503_unavailable' }, 'server_error'],
    ['sync.retry_scheduled', { reason: 'http_429' }, 'rate_limited'],
    ['sync.retry_scheduled', { reason: 'http_401_unauthorized' }, null],
    ['heartbeat.failed', { reason: 'network' }, 'network'],
    ['sync.auth_required', { renewable: true }, 'unauthorized'],
    ['sync.rejected', { reason: 'http_422_unknown_procedure' }, 'rejected'],
    ['sync.survey_rejected', { reason: 'http_400' }, 'rejected'],
    ['outbox.journal_failed', undefined, 'journal_failed'],
    ['catalog.rejected', { problems: 2 }, 'catalog_rejected'],
    ['sync.pass_failed', { error: 'TypeError' }, 'sync_failed'],
    ['sync.delivered', { count: 3 }, null],
  ])('%s %j → %s', (event, data, kind) => {
    expect(kindOfEvent(event, data)).toBe(kind);
  });
});

describe('ErrorTally', () => {
  it('counts since the last acknowledged snapshot, keeping what came after it', () => {
    let clock = 1_000;
    const tally = new ErrorTally(() => clock);
    tally.record('sync.retry_scheduled', { reason: 'network' });
    tally.record('sync.retry_scheduled', { reason: 'network' });
    tally.record('sync.auth_required');
    clock = 2_000;
    const snapshot = tally.snapshot();
    expect(snapshot).toEqual({ since: 1_000, takenAt: 2_000, counts: { network: 2, unauthorized: 1 } });
    tally.record('sync.retry_scheduled', { reason: 'network' }); // while the heartbeat was on its way
    tally.acknowledge(snapshot);
    expect(tally.snapshot()).toMatchObject({ since: 2_000, counts: { network: 1 } });
  });

  it('keeps counting when a heartbeat was not acknowledged', () => {
    const tally = new ErrorTally(() => 0);
    tally.record('sync.pass_failed');
    tally.snapshot();
    tally.record('sync.pass_failed');
    expect(tally.snapshot().counts).toEqual({ sync_failed: 2 });
  });
});

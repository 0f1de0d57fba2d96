import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BACKOFF,
  fullJitterDelay,
  nextRetryDelay,
  parseRetryAfter,
  type BackoffPolicy,
} from './backoff';

/** Math.random's range: [0, 1). */
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const policy = fc
  .record({ baseMs: fc.integer({ min: 1, max: 10_000 }), capMs: fc.integer({ min: 1, max: 3_600_000 }) })
  .filter((p) => p.capMs >= p.baseMs);
const attempt = fc.integer({ min: 0, max: 2_000 });

describe('fullJitterDelay', () => {
  it('stays in [0, min(cap, base·2^n)) — an integer number of milliseconds', () => {
    fc.assert(
      fc.property(attempt, policy, unit, (n, p, r) => {
        const delay = fullJitterDelay(n, p, () => r);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(p.capMs, p.baseMs * 2 ** n));
      }),
      { numRuns: 200 },
    );
  });

  it('spans the whole window: 0 at random() = 0, just under the ceiling near 1', () => {
    const p: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };
    expect(fullJitterDelay(3, p, () => 0)).toBe(0);
    expect(fullJitterDelay(3, p, () => 0.999_999)).toBe(7_999);
    expect(fullJitterDelay(0, p, () => 0.5)).toBe(500);
  });

  it('respects the cap at huge attempt counts (2^n overflows to Infinity)', () => {
    for (const n of [30, 1_024, 10_000, Number.MAX_SAFE_INTEGER]) {
      const delay = fullJitterDelay(n, DEFAULT_BACKOFF, () => 0.999_999_999);
      expect(delay).toBeLessThan(DEFAULT_BACKOFF.capMs);
      expect(delay).toBeGreaterThan(DEFAULT_BACKOFF.capMs - 1_000);
    }
  });

  it('treats a negative attempt as the first', () => {
    expect(fullJitterDelay(-5, { baseMs: 1_000, capMs: 60_000 }, () => 0.5)).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-06-05T03:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, relative to now, never negative', () => {
    expect(parseRetryAfter('Fri, 05 Jun 2026 03:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 05 Jun 2026 02:59:00 GMT', now)).toBe(0);
  });

  it('returns null when absent or unusable', () => {
    for (const header of [null, undefined, '', '   ', 'soon', 'NaN', 'abc123']) {
      expect(parseRetryAfter(header, now)).toBeNull();
    }
  });

  it('never turns a malformed number into a positive wait', () => {
    // V8's lenient Date.parse reads '-5' and '1.5' as dates in 2001; they must not become a floor.
    for (const header of ['-5', '1.5', '+3']) {
      expect(parseRetryAfter(header, now) ?? 0).toBe(0);
    }
  });
});

describe('nextRetryDelay', () => {
  const p: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

  it('is the jittered delay when there is no Retry-After', () => {
    expect(nextRetryDelay(2, p, () => 0.5, null)).toBe(2_000);
  });

  it('uses Retry-After as a floor', () => {
    expect(nextRetryDelay(2, p, () => 0.5, 10_000)).toBe(10_000);
    expect(nextRetryDelay(5, p, () => 0.5, 1_000)).toBe(16_000);
  });

  it('never waits longer than the cap, whatever the server says', () => {
    expect(nextRetryDelay(0, p, () => 0, 86_400_000)).toBe(60_000);
    fc.assert(
      fc.property(attempt, policy, unit, fc.option(fc.nat()), (n, pol, r, retryAfter) => {
        const delay = nextRetryDelay(n, pol, () => r, retryAfter);
        expect(delay).toBeLessThanOrEqual(pol.capMs);
        expect(delay).toBeGreaterThanOrEqual(retryAfter === null ? 0 : Math.min(retryAfter, pol.capMs));
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATCH_UP,
  catchUpSpacingMs,
  catchUpWindowMs,
  reconnectProbeDelayMs,
  streakRetryDelayMs,
  type CatchUpPolicy,
} from './catch-up-pacing';

/** Math.random's range: [0, 1). */
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const hour = 60 * 60_000;
const outage = fc.integer({ min: 0, max: 48 * hour });
const backlog = fc.integer({ min: 0, max: 10_000 });
const sent = fc.integer({ min: 0, max: 10_000 });
/** Anything a buggy caller might pass. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constant(Number.NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
);
const policy: fc.Arbitrary<CatchUpPolicy> = fc.record({
  windowFactor: fc.double({ min: 0, max: 10, noNaN: true }),
  maxWindowMs: fc.integer({ min: 0, max: 24 * hour }),
  jitter: fc.double({ min: 0, max: 1, noNaN: true }),
  quickRetries: fc.integer({ min: 0, max: 10 }),
  probeGapMs: fc.integer({ min: 0, max: hour }),
  reconnectSpreadMs: fc.integer({ min: 0, max: hour }),
});

describe('catchUpSpacingMs', () => {
  it('is 0 with no outage: normal operation sends at once', () => {
    fc.assert(
      fc.property(backlog, sent, unit, (b, s, r) => {
        expect(catchUpSpacingMs({ outageMs: 0, backlog: b, sent: s, random: () => r })).toBe(0);
      }),
    );
  });

  it('is 0 with nothing left to catch up', () => {
    expect(catchUpSpacingMs({ outageMs: hour, backlog: 0, sent: 0, random: () => 0.5 })).toBe(0);
  });

  it('spreads the backlog over one outage-length window by default', () => {
    // One hour, 6 queued: a gap of 10 min on average, the first somewhere in the first 10 min.
    const base = { outageMs: hour, backlog: 6, random: () => 0.5 };
    expect(catchUpSpacingMs({ ...base, sent: 0 })).toBe(5 * 60_000);
    expect(catchUpSpacingMs({ ...base, sent: 1 })).toBe(10 * 60_000);
    expect(catchUpSpacingMs({ ...base, sent: 3, random: () => 0 })).toBe(5 * 60_000);
    expect(catchUpSpacingMs({ ...base, sent: 3, random: () => 0.999_999 })).toBe(14 * 60_000 + 59_999);
  });

  it('stays within [0, window / backlog · (1 + jitter)]: an integer number of ms', () => {
    fc.assert(
      fc.property(outage, backlog, sent, unit, policy, (o, b, s, r, p) => {
        const spacing = catchUpSpacingMs({ outageMs: o, backlog: b, sent: s, random: () => r, policy: p });
        expect(Number.isInteger(spacing)).toBe(true);
        expect(spacing).toBeGreaterThanOrEqual(0);
        const mean = b === 0 ? 0 : catchUpWindowMs(o, p) / b;
        expect(spacing).toBeLessThanOrEqual(mean * (s === 0 ? 1 : 1 + p.jitter));
        if (s > 0) expect(spacing).toBeGreaterThanOrEqual(Math.floor(mean * (1 - p.jitter)));
      }),
    );
  });

  it('is capped by maxWindowMs, however long the outage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * hour }), backlog, sent, unit, (o, b, s, r) => {
        const spacing = catchUpSpacingMs({ outageMs: o, backlog: b, sent: s, random: () => r });
        expect(spacing).toBeLessThanOrEqual(DEFAULT_CATCH_UP.maxWindowMs * (1 + DEFAULT_CATCH_UP.jitter));
      }),
    );
    const week = catchUpSpacingMs({ outageMs: 7 * 24 * hour, backlog: 1, sent: 1, random: () => 0.5 });
    expect(week).toBe(DEFAULT_CATCH_UP.maxWindowMs);
  });

  it('never grows shorter as the outage grows longer (same backlog, same random draw)', () => {
    fc.assert(
      fc.property(outage, outage, backlog, sent, unit, policy, (a, b, n, s, r, p) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const at = (o: number) =>
          catchUpSpacingMs({ outageMs: o, backlog: n, sent: s, random: () => r, policy: p });
        expect(at(long)).toBeGreaterThanOrEqual(at(short));
      }),
    );
  });

  it('never returns a negative number or NaN, whatever it is given', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (o, b, s, r) => {
        const spacing = catchUpSpacingMs({ outageMs: o, backlog: b, sent: s, random: () => r });
        expect(Number.isNaN(spacing)).toBe(false);
        expect(spacing).toBeGreaterThanOrEqual(0);
        expect(spacing).toBeLessThanOrEqual(DEFAULT_CATCH_UP.maxWindowMs * (1 + DEFAULT_CATCH_UP.jitter));
      }),
    );
  });

  it('delivers a backlog in about one window: mean spacing · backlog ≈ outage (Monte Carlo)', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const n = 12;
    let total = 0;
    const runs = 2_000;
    for (let run = 0; run < runs; run++) {
      let t = 0;
      for (let s = 0; s < n; s++) t += catchUpSpacingMs({ outageMs: hour, backlog: n, sent: s, random });
      total += t;
    }
    // The first send lands half a gap in, so the last lands at (n − ½) gaps.
    expect(total / runs / hour).toBeCloseTo((n - 0.5) / n, 1);
  });
});

describe('streakRetryDelayMs', () => {
  it('uses the backoff alone for the quick retries', () => {
    for (let attempt = 0; attempt < DEFAULT_CATCH_UP.quickRetries; attempt++) {
      expect(streakRetryDelayMs({ streakAttempts: attempt, backoffDelayMs: 700, random: () => 0.9 })).toBe(
        700,
      );
    }
  });

  it('then waits a truncated exponential with mean ≈ probeGapMs, never shorter than the backoff', () => {
    const after = DEFAULT_CATCH_UP.quickRetries;
    const gap = DEFAULT_CATCH_UP.probeGapMs;
    expect(streakRetryDelayMs({ streakAttempts: after, backoffDelayMs: 0, random: () => 0 })).toBe(0);
    const median = streakRetryDelayMs({ streakAttempts: after, backoffDelayMs: 0, random: () => 0.5 });
    expect(median / gap).toBeCloseTo(Math.log(2 / (1 + Math.exp(-4))), 3);
    // Truncated below 4 means, without a pile-up at the cap.
    const top = streakRetryDelayMs({ streakAttempts: after, backoffDelayMs: 0, random: () => 1 - 2 ** -53 });
    expect(top).toBeLessThanOrEqual(4 * gap);
    expect(top).toBeGreaterThan(3.9 * gap);
    // A Retry-After (via the backoff delay) longer than the draw wins.
    expect(streakRetryDelayMs({ streakAttempts: after, backoffDelayMs: 10 * gap, random: () => 0.5 })).toBe(
      10 * gap,
    );
  });

  it('is a non-negative integer ≥ the (sanitized) backoff delay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), anyNumber, unit, policy, (n, backoff, r, p) => {
        const delay = streakRetryDelayMs({
          streakAttempts: n,
          backoffDelayMs: backoff,
          random: () => r,
          policy: p,
        });
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        if (Number.isFinite(backoff) && backoff > 0)
          expect(delay).toBeGreaterThanOrEqual(Math.floor(backoff));
        expect(delay).toBeLessThanOrEqual(Math.max(Number.isFinite(backoff) ? backoff : 0, 4 * p.probeGapMs));
      }),
    );
  });
});

describe('reconnectProbeDelayMs', () => {
  it('is short after a short drop and bounded by reconnectSpreadMs after a long one', () => {
    fc.assert(
      fc.property(outage, unit, (o, r) => {
        const delay = reconnectProbeDelayMs({ outageMs: o, random: () => r });
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(4 * Math.min(o, DEFAULT_CATCH_UP.reconnectSpreadMs));
      }),
    );
    expect(reconnectProbeDelayMs({ outageMs: 0, random: () => 0.7 })).toBe(0);
    expect(reconnectProbeDelayMs({ outageMs: Number.NaN, random: () => 0.7 })).toBe(0);
  });
});

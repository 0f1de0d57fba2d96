import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT,
  OPEN_STATE,
  delayAfterFailure,
  recordFailure,
  retryAfterMs,
} from './lockout-schedule';

describe('staff PIN lockout schedule', () => {
  it('pauses briefly for the first two wrong PINs, then locks 30 s, 60 s, 120 s … up to 15 minutes', () => {
    const schedule = Array.from({ length: 10 }, (_, i) => delayAfterFailure(i + 1));
    expect(schedule.map((s) => s.delayMs / 1000)).toEqual([2, 2, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(schedule.map((s) => s.lockout)).toEqual([false, false, ...Array(8).fill(true)]);
    // However many failures pile up, the wait stays capped (no overflow to Infinity).
    expect(delayAfterFailure(1_000_000).delayMs).toBe(DEFAULT_LOCKOUT.maxLockoutMs);
  });

  it('counts failures in a row from a state and a clock', () => {
    let state = OPEN_STATE;
    let now = 1_000;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = recordFailure(state, now);
      state = next.state;
      waits.push(retryAfterMs(state, now));
      now = state.lockedUntil; // staff wait it out each time
    }
    expect(waits).toEqual([2_000, 2_000, 30_000, 60_000]);
    expect(state.failures).toBe(4);
    expect(retryAfterMs(state, now)).toBe(0);
  });

  it('never asks for more than the longest lockout when the clock was set back', () => {
    const state = { failures: 5, lockedUntil: Date.parse('2030-01-01T00:00:00Z') };
    expect(retryAfterMs(state, Date.parse('2026-01-01T00:00:00Z'))).toBe(DEFAULT_LOCKOUT.maxLockoutMs);
  });
});

import { z } from 'zod';

/**
 * How the staff PIN resists guessing, as pure functions of a small state and a clock: every wrong
 * PIN costs a short pause (no rapid-fire guessing, and the pad shows it); the third wrong PIN in a
 * row locks the pad for 30 s, each further one doubles that, up to 15 minutes. A right PIN resets
 * everything. The main process keeps the state in memory and in a file, so neither a reload of
 * the page nor a restart of the app starts the count again.
 */
export interface LockoutPolicy {
  /** Tries before a lockout: the wrong PINs before the last of them cost only `pauseMs`. */
  triesBeforeLockout: number;
  pauseMs: number;
  firstLockoutMs: number;
  maxLockoutMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = {
  triesBeforeLockout: 3,
  pauseMs: 2_000,
  firstLockoutMs: 30_000,
  maxLockoutMs: 15 * 60_000,
};

export const StaffLockStateSchema = z.strictObject({
  /** Wrong PINs in a row. */
  failures: z.number().int().min(0).max(1_000_000),
  /** Kiosk clock (ms) before which no PIN is checked; 0 when open. */
  lockedUntil: z.number().int().min(0),
});
export type StaffLockState = z.infer<typeof StaffLockStateSchema>;

export const OPEN_STATE: StaffLockState = { failures: 0, lockedUntil: 0 };

/** The wait after the `failures`-th wrong PIN in a row, and whether it is a lockout. */
export function delayAfterFailure(
  failures: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): { delayMs: number; lockout: boolean } {
  if (failures < policy.triesBeforeLockout) return { delayMs: policy.pauseMs, lockout: false };
  const doublings = Math.min(failures - policy.triesBeforeLockout, 30);
  return { delayMs: Math.min(policy.firstLockoutMs * 2 ** doublings, policy.maxLockoutMs), lockout: true };
}

export function recordFailure(
  state: StaffLockState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): { state: StaffLockState; delayMs: number; lockout: boolean } {
  const failures = state.failures + 1;
  const { delayMs, lockout } = delayAfterFailure(failures, policy);
  return { state: { failures, lockedUntil: now + delayMs }, delayMs, lockout };
}

/**
 * How long until a PIN may be tried again. Never more than the longest lockout: a clock set back
 * (or a state file from a kiosk whose clock ran ahead) must not lock staff out for days.
 */
export function retryAfterMs(
  state: StaffLockState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): number {
  return Math.max(0, Math.min(state.lockedUntil - now, policy.maxLockoutMs));
}

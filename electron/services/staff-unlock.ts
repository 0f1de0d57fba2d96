import type { LogEntry } from '../../shared/ipc/log-entry';
import {
  DEFAULT_LOCKOUT,
  OPEN_STATE,
  delayAfterFailure,
  retryAfterMs,
  type LockoutPolicy,
  type StaffLockState,
} from '../../shared/staff/lockout-schedule';
import { parseStaffPinHash, type StaffPinHash } from '../../shared/staff/pin-hash-format';
import type { StaffUnlockResult, StaffUnlockStatus } from '../../shared/staff/staff-unlock';
import type { StaffLockStore } from './staff-lock-store';
import { verifyStaffPin } from './staff-pin';

/**
 * Checks a staff PIN against the provisioning file's hash and keeps the lockout. Attempts run one
 * at a time, and each is counted as a failure *before* the slow hash runs and forgiven only when
 * it matches, so neither parallel calls nor a crash mid-check earn a free guess. The state lives
 * in memory and in a file (staff-lock-store.ts): a reload of the page or a restart keeps it.
 */
export interface StaffUnlockDeps {
  /** The provisioning file's staffPinHash, read at each attempt so a new PIN needs no restart. */
  pinHash: () => string | undefined;
  store: StaffLockStore;
  now: () => number;
  verify?: (pin: string, stored: StaffPinHash) => Promise<boolean>;
  policy?: LockoutPolicy;
  log?: (entry: LogEntry) => void;
}

export interface StaffUnlock {
  status(): Promise<StaffUnlockStatus>;
  unlock(pin: string): Promise<StaffUnlockResult>;
}

/** The stricter of two states: a file that could not be written must not forgive failures. */
const stricter = (a: StaffLockState, b: StaffLockState | null): StaffLockState =>
  b ? { failures: Math.max(a.failures, b.failures), lockedUntil: Math.max(a.lockedUntil, b.lockedUntil) } : a;

export function createStaffUnlock(deps: StaffUnlockDeps): StaffUnlock {
  const policy = deps.policy ?? DEFAULT_LOCKOUT;
  const verify = deps.verify ?? verifyStaffPin;
  let memory: StaffLockState = OPEN_STATE;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async () => (memory = stricter(memory, await deps.store.read().catch(() => null)));
  const save = async (state: StaffLockState) => {
    memory = state;
    await deps.store
      .write(state)
      .catch(() => deps.log?.({ level: 'error', event: 'staff.lock_state_unwritable' }));
  };
  const configuredHash = () => {
    const text = deps.pinHash();
    const parsed = text === undefined ? undefined : parseStaffPinHash(text);
    return parsed?.ok ? parsed.value : undefined;
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function attempt(pin: string): Promise<StaffUnlockResult> {
    const stored = configuredHash();
    if (!stored) return { status: 'not_configured' };
    const state = await load();
    const waiting = retryAfterMs(state, deps.now(), policy);
    if (waiting > 0) return { status: 'locked', retryAfterMs: waiting };
    const failures = state.failures + 1;
    const { delayMs, lockout } = delayAfterFailure(failures, policy);
    await save({ failures, lockedUntil: deps.now() + delayMs });
    if (await verify(pin, stored).catch(() => false)) {
      await save(OPEN_STATE);
      deps.log?.({ level: 'info', event: 'staff.unlock' });
      return { status: 'ok' };
    }
    deps.log?.({ level: 'warn', event: 'staff.unlock_failed', data: { failedAttempts: failures } });
    if (lockout) {
      const lockoutSeconds = Math.round(delayMs / 1000);
      deps.log?.({
        level: 'warn',
        event: 'staff.lockout',
        data: { failedAttempts: failures, lockoutSeconds },
      });
    }
    return { status: 'wrong_pin', failedAttempts: failures, retryAfterMs: delayMs, lockout };
  }

  return {
    status: () =>
      serial(async (): Promise<StaffUnlockStatus> => {
        if (!configuredHash()) return { status: 'not_configured' };
        const waiting = retryAfterMs(await load(), deps.now(), policy);
        return waiting > 0 ? { status: 'locked', retryAfterMs: waiting } : { status: 'ready' };
      }),
    unlock: (pin) => serial(() => attempt(pin)),
  };
}

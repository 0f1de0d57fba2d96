import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { encodeBase64 } from '../../shared/encoding/base64';
import type { StaffPinHash } from '../../shared/staff/pin-hash-format';
import { fileLockStore, memoryLockStore, type StaffLockStore } from './staff-lock-store';
import { createStaffUnlock } from './staff-unlock';

const PIN = '246810';
const HASH = `pbkdf2-sha256$200000$${encodeBase64(new Uint8Array(16).fill(3))}$${encodeBase64(new Uint8Array(32).fill(4))}`;

/** A clock the test moves, and a fast stand-in for PBKDF2 that knows one PIN. */
function setup(store: StaffLockStore = memoryLockStore(), pinHash: { value?: string } = { value: HASH }) {
  const clock = { now: 1_000_000 };
  const logs: LogEntry[] = [];
  const verify = vi.fn(async (pin: string, stored: StaffPinHash) => {
    expect(stored.iterations).toBe(200_000);
    return pin === PIN;
  });
  const unlock = createStaffUnlock({
    pinHash: () => pinHash.value,
    store,
    now: () => clock.now,
    verify,
    log: (entry) => logs.push(entry),
  });
  return { unlock, clock, logs, verify, store };
}

describe('staff unlock', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempFile = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'staff-lock-'));
    dirs.push(dir);
    return path.join(dir, 'staff-lockout.json');
  };

  it('opens with the right PIN', async () => {
    const { unlock, logs } = setup();
    expect(await unlock.status()).toEqual({ status: 'ready' });
    expect(await unlock.unlock(PIN)).toEqual({ status: 'ok' });
    expect(logs).toEqual([{ level: 'info', event: 'staff.unlock' }]);
  });

  it('pauses after a wrong PIN, locks after the third, and doubles the lock each time after', async () => {
    const { unlock, clock, verify } = setup();
    const wrong = async () => unlock.unlock('111111');
    expect(await wrong()).toEqual({
      status: 'wrong_pin',
      failedAttempts: 1,
      retryAfterMs: 2_000,
      lockout: false,
    });
    // Within the pause the PIN is not even checked, right or wrong.
    expect(await unlock.unlock(PIN)).toEqual({ status: 'locked', retryAfterMs: 2_000 });
    clock.now += 2_000;
    expect(await wrong()).toMatchObject({ failedAttempts: 2, retryAfterMs: 2_000, lockout: false });
    clock.now += 2_000;
    expect(await wrong()).toEqual({
      status: 'wrong_pin',
      failedAttempts: 3,
      retryAfterMs: 30_000,
      lockout: true,
    });
    clock.now += 10_000;
    expect(await unlock.status()).toEqual({ status: 'locked', retryAfterMs: 20_000 });
    expect(await unlock.unlock(PIN)).toEqual({ status: 'locked', retryAfterMs: 20_000 });
    clock.now += 20_000;
    expect(await wrong()).toMatchObject({ failedAttempts: 4, retryAfterMs: 60_000, lockout: true });
    clock.now += 60_000;
    expect(await wrong()).toMatchObject({ failedAttempts: 5, retryAfterMs: 120_000, lockout: true });
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it('forgets the failures once the right PIN is in', async () => {
    const { unlock, clock } = setup();
    for (let i = 0; i < 3; i++) {
      await unlock.unlock('999999');
      clock.now += 30_000;
    }
    expect(await unlock.unlock(PIN)).toEqual({ status: 'ok' });
    expect(await unlock.unlock('999999')).toMatchObject({ failedAttempts: 1, lockout: false });
  });

  it('logs failures and lockouts with counts only, never the PIN typed', async () => {
    const { unlock, clock, logs } = setup();
    for (let i = 0; i < 3; i++) {
      await unlock.unlock('135797');
      clock.now += 2_000;
    }
    expect(logs).toEqual([
      { level: 'warn', event: 'staff.unlock_failed', data: { failedAttempts: 1 } },
      { level: 'warn', event: 'staff.unlock_failed', data: { failedAttempts: 2 } },
      { level: 'warn', event: 'staff.unlock_failed', data: { failedAttempts: 3 } },
      { level: 'warn', event: 'staff.lockout', data: { failedAttempts: 3, lockoutSeconds: 30 } },
    ]);
    expect(JSON.stringify(logs)).not.toContain('135797');
  });

  it('keeps the lockout across a restart: the state is in a file in userData', async () => {
    const file = tempFile();
    const first = setup(fileLockStore(file));
    for (let i = 0; i < 3; i++) {
      await first.unlock.unlock('000001');
      first.clock.now += 2_000;
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ failures: 3, lockedUntil: 1_004_000 + 30_000 });

    // A new process: fresh memory, same file, a little later.
    const second = setup(fileLockStore(file));
    second.clock.now = first.clock.now + 1_000;
    expect(await second.unlock.status()).toEqual({ status: 'locked', retryAfterMs: 27_000 });
    expect(await second.unlock.unlock(PIN)).toEqual({ status: 'locked', retryAfterMs: 27_000 });
    second.clock.now += 27_000;
    expect(await second.unlock.unlock('000001')).toMatchObject({ failedAttempts: 4, retryAfterMs: 60_000 });
  });

  it('counts a guess before checking it, so a crash during the check does not earn a free try', async () => {
    const file = tempFile();
    const store = fileLockStore(file);
    const crashing = createStaffUnlock({
      pinHash: () => HASH,
      store,
      now: () => 1_000_000,
      verify: () => new Promise<boolean>(() => undefined), // the process dies mid-PBKDF2
    });
    void crashing.unlock('123123');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ failures: 1 }));
    const after = setup(fileLockStore(file));
    after.clock.now = 1_000_000 + 2_000;
    expect(await after.unlock.unlock('123123')).toMatchObject({ failedAttempts: 2 });
  });

  it('checks one attempt at a time: parallel guesses are each counted', async () => {
    const { unlock } = setup();
    const results = await Promise.all(['111111', '222222', '333333'].map((pin) => unlock.unlock(pin)));
    expect(results).toEqual([
      { status: 'wrong_pin', failedAttempts: 1, retryAfterMs: 2_000, lockout: false },
      { status: 'locked', retryAfterMs: 2_000 },
      { status: 'locked', retryAfterMs: 2_000 },
    ]);
  });

  it('treats a damaged state file as no file, and a state it cannot write as still counted', async () => {
    const file = tempFile();
    writeFileSync(file, '{"failures": "many"');
    const { unlock } = setup(fileLockStore(file));
    expect(await unlock.status()).toEqual({ status: 'ready' });

    const failingStore: StaffLockStore = {
      read: async () => null,
      write: async () => {
        throw new Error('EROFS');
      },
    };
    const unwritable = setup(failingStore);
    for (let i = 0; i < 3; i++) {
      await unwritable.unlock.unlock('000000');
      unwritable.clock.now += 2_000;
    }
    expect(await unwritable.unlock.status()).toEqual({ status: 'locked', retryAfterMs: 28_000 });
    expect(unwritable.logs).toContainEqual({ level: 'error', event: 'staff.lock_state_unwritable' });
  });

  it('is off when the provisioning file has no staffPinHash (or an unusable one)', async () => {
    for (const pinHash of [{}, { value: 'pbkdf2-sha256$1$AA==$AA==' }]) {
      const { unlock, verify } = setup(memoryLockStore(), pinHash);
      expect(await unlock.status()).toEqual({ status: 'not_configured' });
      expect(await unlock.unlock(PIN)).toEqual({ status: 'not_configured' });
      expect(verify).not.toHaveBeenCalled();
    }
  });

  it('does not let a clock set back stretch a lockout beyond 15 minutes', async () => {
    const store = memoryLockStore({ failures: 9, lockedUntil: 5_000_000_000 });
    const { unlock } = setup(store);
    expect(await unlock.status()).toEqual({ status: 'locked', retryAfterMs: 15 * 60_000 });
  });
});

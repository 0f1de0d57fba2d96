import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { kioskRouterWith } from './fake-kiosk-services';
import { createSessionActivity, type PowerSaveBlockerLike } from './session-activity';

/** Electron's powerSaveBlocker as a fake: ids, and which blockers are running. */
function fakePowerSaveBlocker() {
  const running = new Map<number, string>();
  let next = 1;
  const calls: string[] = [];
  const blocker: PowerSaveBlockerLike = {
    start: (type) => {
      calls.push(`start ${type}`);
      running.set(next, type);
      return next++;
    },
    stop: (id) => {
      calls.push(`stop ${id}`);
      running.delete(id);
    },
    isStarted: (id) => running.has(id),
  };
  return { blocker, running, calls };
}

describe('createSessionActivity', () => {
  it('keeps the display awake from the start of a session to its end', () => {
    const fake = fakePowerSaveBlocker();
    const report = createSessionActivity({ powerSaveBlocker: () => fake.blocker });
    report('active');
    expect([...fake.running.values()]).toEqual(['prevent-display-sleep']);
    report('idle');
    expect(fake.running.size).toBe(0);
    expect(fake.calls).toEqual(['start prevent-display-sleep', 'stop 1']);
  });

  it('holds one blocker however often a session is reported, and ignores an idle without a session', () => {
    const fake = fakePowerSaveBlocker();
    const report = createSessionActivity({ powerSaveBlocker: () => fake.blocker });
    report('idle');
    report('active');
    report('active');
    expect(fake.calls).toEqual(['start prevent-display-sleep']);
    report('idle');
    report('idle');
    expect(fake.calls).toEqual(['start prevent-display-sleep', 'stop 1']);
  });

  it('starts a new blocker when the old one was stopped behind its back', () => {
    const fake = fakePowerSaveBlocker();
    const report = createSessionActivity({ powerSaveBlocker: () => fake.blocker });
    report('active');
    fake.running.clear();
    report('active');
    expect(fake.calls).toEqual(['start prevent-display-sleep', 'start prevent-display-sleep']);
  });

  it('does not touch Electron until a session is reported', () => {
    let touched = false;
    createSessionActivity({
      powerSaveBlocker: () => {
        touched = true;
        return fakePowerSaveBlocker().blocker;
      },
    });
    expect(touched).toBe(false);
  });
});

describe('sessionActivity through the IPC router', () => {
  const channel = IPC_CONTRACT.sessionActivity.channel;

  it('passes a valid report on and refuses anything else', async () => {
    const fake = fakePowerSaveBlocker();
    const router = kioskRouterWith({
      sessionActivity: createSessionActivity({ powerSaveBlocker: () => fake.blocker }),
    });
    await expect(router.handle(channel, ['active'], APP_ENTRY_URL)).resolves.toBeNull();
    expect(fake.running.size).toBe(1);
    await expect(router.handle(channel, ['busy'], APP_ENTRY_URL)).rejects.toThrow(/invalid arguments/);
    await expect(router.handle(channel, [], APP_ENTRY_URL)).rejects.toThrow(/invalid arguments/);
    await expect(router.handle(channel, ['idle'], 'https://evil.example/')).rejects.toThrow(/untrusted/);
    expect(fake.running.size).toBe(1);
  });

  it('answers without a blocker (the browser shell)', async () => {
    await expect(kioskRouterWith().handle(channel, ['active'], APP_ENTRY_URL)).resolves.toBeNull();
  });
});

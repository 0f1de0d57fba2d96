import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, type IdleClock } from './idle-timer';

const T = { idleMs: 90_000, warningMs: 30_000, dimMs: 300_000 };

/** vitest's fake timers behind the injected clock. */
const fakeClock = (): IdleClock & { armed: () => number } => {
  let armed = 0;
  return {
    now: () => Date.now(),
    setTimer: (callback, ms) => {
      armed++;
      return setTimeout(callback, ms);
    },
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    armed: () => armed,
  };
};

describe('createIdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing until started (creating it has no side effects)', () => {
    const clock = fakeClock();
    const timer = createIdleTimer(T, clock);
    vi.advanceTimersByTime(T.dimMs * 2);
    expect(timer.getPhase()).toBe('attract');
    expect(clock.armed()).toBe(0);
  });

  it('warns, counts down and expires a session on the clock, telling listeners each phase', () => {
    const expired = vi.fn();
    const timer = createIdleTimer(T, fakeClock());
    timer.onExpired(expired);
    const phases: string[] = [];
    timer.subscribe(() => phases.push(timer.getPhase()));
    timer.start();
    timer.send('sessionStarted');
    vi.advanceTimersByTime(T.idleMs - 1);
    expect(timer.getPhase()).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.getPhase()).toBe('warning');
    expect(timer.getState().deadline).toBe(Date.now() + T.warningMs);
    vi.advanceTimersByTime(T.warningMs);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(phases).toEqual(['active', 'warning', 'attract']);
  });

  it('re-arms from the latest activity without a timer per touch', () => {
    const clock = fakeClock();
    const timer = createIdleTimer(T, clock);
    timer.start();
    timer.send('sessionStarted');
    const armedAtStart = clock.armed();
    for (let i = 0; i < 600; i++) {
      vi.advanceTimersByTime(100);
      timer.send('activity');
    }
    // 60 s of pointer moves: the one timer is still pending, none was added.
    expect(clock.armed()).toBe(armedAtStart);
    vi.advanceTimersByTime(T.idleMs - 1);
    expect(timer.getPhase()).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.getPhase()).toBe('warning');
  });

  it('one extend answers the warning and the full idle time starts again', () => {
    const expired = vi.fn();
    const timer = createIdleTimer(T, fakeClock());
    timer.onExpired(expired);
    timer.start();
    timer.send('sessionStarted');
    vi.advanceTimersByTime(T.idleMs + T.warningMs - 1);
    timer.send('extend');
    vi.advanceTimersByTime(T.idleMs - 1);
    expect(timer.getPhase()).toBe('active');
    vi.advanceTimersByTime(1 + T.warningMs);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('dims the attract screen and stays dimmed until woken, then dims again later', () => {
    const timer = createIdleTimer(T, fakeClock());
    timer.start();
    vi.advanceTimersByTime(T.dimMs);
    expect(timer.getPhase()).toBe('dimmed');
    vi.advanceTimersByTime(T.dimMs * 10);
    timer.send('wake');
    expect(timer.getPhase()).toBe('attract');
    vi.advanceTimersByTime(T.dimMs);
    expect(timer.getPhase()).toBe('dimmed');
  });

  it('waits for a save to finish, however long it takes', () => {
    const expired = vi.fn();
    const timer = createIdleTimer(T, fakeClock());
    timer.onExpired(expired);
    timer.start();
    timer.send('sessionStarted');
    timer.send('hold');
    vi.advanceTimersByTime(T.idleMs * 20);
    expect(timer.getPhase()).toBe('active');
    timer.send('release');
    vi.advanceTimersByTime(T.idleMs + T.warningMs);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('stop() clears the pending timer and start() resumes from the kept state', () => {
    const timer = createIdleTimer(T, fakeClock());
    timer.start();
    timer.send('sessionStarted');
    timer.stop();
    vi.advanceTimersByTime(T.idleMs * 2);
    expect(timer.getPhase()).toBe('active');
    timer.start();
    vi.advanceTimersByTime(0);
    expect(timer.getPhase()).toBe('warning');
  });

  it('arms an earlier deadline at once when the session ends', () => {
    const timer = createIdleTimer({ ...T, dimMs: 10_000 }, fakeClock());
    timer.start();
    timer.send('sessionStarted');
    timer.send('sessionEnded');
    vi.advanceTimersByTime(10_000);
    expect(timer.getPhase()).toBe('dimmed');
  });
});

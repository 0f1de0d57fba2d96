import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogEntrySchema, type LogEntry } from '../../shared/ipc/log-entry';
import { journalEntry } from '../../tests/support/journal-entry';
import {
  createNightRestart,
  DEFAULT_NIGHTLY_RESTART,
  idleFromSessionActivity,
  watchJournalActivity,
  windowOpenedAt,
  type NightRestartDeps,
} from './night-restart';
import type { OutboxJournal } from './outbox-journal';

/** Hanoi wall-clock time as an instant: Hanoi is UTC+7 all year. */
const hanoi = (local: string) => Date.parse(`${local}+07:00`);
const MINUTE = 60_000;

function startScheduler(overrides: Partial<NightRestartDeps> & { idle?: () => boolean } = {}) {
  const logs: LogEntry[] = [];
  const relaunch = vi.fn();
  let idle = true;
  let quiet = true;
  const { idle: idleOverride, ...rest } = overrides;
  const scheduler = createNightRestart({
    window: DEFAULT_NIGHTLY_RESTART,
    idle: { isIdle: idleOverride ?? (() => idle) },
    journalQuiet: () => quiet,
    relaunch,
    log: (entry) => logs.push(LogEntrySchema.parse(entry)),
    startedAt: Date.now(),
    ...rest,
  });
  return {
    scheduler,
    relaunch,
    logs,
    setIdle: (value: boolean) => (idle = value),
    setQuiet: (value: boolean) => (quiet = value),
  };
}

beforeEach(() => vi.useFakeTimers({ now: hanoi('2026-11-19T21:00:00') }));
afterEach(() => vi.useRealTimers());

describe('windowOpenedAt', () => {
  it('finds the window the instant is in, in Hanoi time', () => {
    expect(windowOpenedAt(hanoi('2026-11-20T01:59:59'), DEFAULT_NIGHTLY_RESTART)).toBeNull();
    expect(windowOpenedAt(hanoi('2026-11-20T02:00:00'), DEFAULT_NIGHTLY_RESTART)).toBe(
      hanoi('2026-11-20T02:00:00'),
    );
    expect(windowOpenedAt(hanoi('2026-11-20T03:59:00'), DEFAULT_NIGHTLY_RESTART)).toBe(
      hanoi('2026-11-20T02:00:00'),
    );
    expect(windowOpenedAt(hanoi('2026-11-20T04:00:00'), DEFAULT_NIGHTLY_RESTART)).toBeNull();
  });

  it('handles a window across midnight', () => {
    const window = { from: '23:30', to: '01:00' };
    expect(windowOpenedAt(hanoi('2026-11-19T23:45:00'), window)).toBe(hanoi('2026-11-19T23:30:00'));
    expect(windowOpenedAt(hanoi('2026-11-20T00:30:00'), window)).toBe(hanoi('2026-11-19T23:30:00'));
    expect(windowOpenedAt(hanoi('2026-11-20T01:00:00'), window)).toBeNull();
    expect(windowOpenedAt(hanoi('2026-11-19T12:00:00'), window)).toBeNull();
  });

  it('ignores the machine time zone and its daylight saving time', () => {
    const before = process.env.TZ;
    try {
      const answers = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Ho_Chi_Minh'].map((zone) => {
        process.env.TZ = zone;
        // Nights around Europe's (29 March) and America's (8 March) clock changes in 2026.
        return ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-28', '2026-03-29', '2026-03-30'].map(
          (day) => windowOpenedAt(hanoi(`${day}T03:00:00`), DEFAULT_NIGHTLY_RESTART),
        );
      });
      for (const opened of answers) expect(opened).toEqual(answers[0]);
      const [first, second, third] = answers[0] ?? [];
      expect(first).toBe(Date.parse('2026-03-06T19:00:00Z'));
      expect((second ?? 0) - (first ?? 0)).toBe(86_400_000);
      expect((third ?? 0) - (second ?? 0)).toBe(86_400_000);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('createNightRestart', () => {
  it('relaunches once the window opens, when the kiosk is idle and the journal quiet', () => {
    const { relaunch, logs } = startScheduler();
    vi.advanceTimersByTime(hanoi('2026-11-20T01:59:00') - Date.now());
    expect(relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(relaunch).toHaveBeenCalledTimes(1);
    expect(logs).toEqual([
      { level: 'info', event: 'night_restart.relaunch', data: { uptimeMs: 5 * 60 * MINUTE } },
    ]);
  });

  it.each([
    ['a resident to finish', 'setIdle'],
    ['the journal to be quiet (a submission being made durable or delivered)', 'setQuiet'],
  ] as const)('waits for %s, then relaunches inside the window', (_what, block) => {
    const scheduler = startScheduler();
    scheduler[block](false);
    vi.advanceTimersByTime(hanoi('2026-11-20T02:40:00') - Date.now());
    expect(scheduler.relaunch).not.toHaveBeenCalled();
    scheduler[block](true);
    vi.advanceTimersByTime(MINUTE);
    expect(scheduler.relaunch).toHaveBeenCalledTimes(1);
  });

  it('skips a night that stays busy until the window closes, and logs it once', () => {
    const { relaunch, logs, setIdle } = startScheduler();
    setIdle(false);
    vi.advanceTimersByTime(hanoi('2026-11-20T05:00:00') - Date.now());
    setIdle(true); // idle again after the window: no restart in the morning
    vi.advanceTimersByTime(hanoi('2026-11-20T12:00:00') - Date.now());
    expect(relaunch).not.toHaveBeenCalled();
    expect(logs).toEqual([{ level: 'warn', event: 'night_restart.skipped', data: { blockedBy: 'session' } }]);
    // The next night works as usual.
    vi.advanceTimersByTime(hanoi('2026-11-21T02:01:00') - Date.now());
    expect(relaunch).toHaveBeenCalledTimes(1);
  });

  it('restarts once per night: the relaunched process is fresh for the rest of the window', () => {
    const first = startScheduler();
    vi.advanceTimersByTime(hanoi('2026-11-20T02:00:00') - Date.now());
    expect(first.relaunch).toHaveBeenCalledTimes(1);
    first.scheduler.stop();
    // The new process, started inside the window, does not restart again tonight…
    const second = startScheduler({ startedAt: Date.now() + 5_000 });
    vi.advanceTimersByTime(hanoi('2026-11-20T12:00:00') - Date.now());
    expect(second.relaunch).not.toHaveBeenCalled();
    // …but does the next night.
    vi.advanceTimersByTime(hanoi('2026-11-21T02:00:00') - Date.now());
    expect(second.relaunch).toHaveBeenCalledTimes(1);
    // And never twice, even if exiting takes a while.
    vi.advanceTimersByTime(30 * MINUTE);
    expect(second.relaunch).toHaveBeenCalledTimes(1);
  });

  it('does nothing when turned off, or after stop()', () => {
    const off = startScheduler({ window: false });
    const stopped = startScheduler();
    stopped.scheduler.stop();
    vi.advanceTimersByTime(2 * 86_400_000);
    expect(off.relaunch).not.toHaveBeenCalled();
    expect(stopped.relaunch).not.toHaveBeenCalled();
  });

  it('uses the configured window', () => {
    const { relaunch } = startScheduler({ window: { from: '23:30', to: '00:15' } });
    vi.advanceTimersByTime(hanoi('2026-11-19T23:29:00') - Date.now());
    expect(relaunch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * MINUTE);
    expect(relaunch).toHaveBeenCalledTimes(1);
  });
});

describe('watchJournalActivity', () => {
  function fakeJournal(): OutboxJournal & { release: () => void } {
    let release: () => void = () => undefined;
    return {
      write: () => new Promise<void>((resolve) => (release = resolve)),
      remove: async () => undefined,
      ids: async () => [],
      read: async () => null,
      release: () => release(),
    };
  }

  it('is quiet only with nothing in flight and nothing for quietMs', async () => {
    const inner = fakeJournal();
    const { journal, quiet } = watchJournalActivity(inner, { quietMs: 5 * MINUTE });
    expect(quiet()).toBe(true);
    const writing = journal.write(journalEntry(1));
    vi.advanceTimersByTime(10 * MINUTE);
    expect(quiet()).toBe(false); // a slow write is still a write
    inner.release();
    await writing;
    expect(quiet()).toBe(false);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(quiet()).toBe(true);
    await journal.remove(['x']);
    expect(quiet()).toBe(false);
  });

  it('passes calls and failures through unchanged', async () => {
    const inner = fakeJournal();
    inner.read = () => Promise.reject(new Error('EIO'));
    const { journal, quiet } = watchJournalActivity(inner, { quietMs: 0 });
    await expect(journal.ids()).resolves.toEqual([]);
    await expect(journal.read('x')).rejects.toThrow('EIO');
    expect(quiet()).toBe(true);
  });
});

describe('idleFromSessionActivity', () => {
  it('is idle until a session starts, and again when it ends; every report reaches the handler', () => {
    const handler = vi.fn();
    const { report, idle } = idleFromSessionActivity(handler);
    expect(idle.isIdle()).toBe(true);
    report('active');
    expect(idle.isIdle()).toBe(false);
    report('idle');
    expect(idle.isIdle()).toBe(true);
    expect(handler.mock.calls).toEqual([['active'], ['idle']]);
  });

  it('ends a session the page never ended (it crashed), once', () => {
    const handler = vi.fn();
    const { report, idle, endSession } = idleFromSessionActivity(handler);
    endSession();
    expect(handler).not.toHaveBeenCalled();
    report('active');
    endSession();
    endSession();
    expect(idle.isIdle()).toBe(true);
    expect(handler.mock.calls).toEqual([['active'], ['idle']]);
  });
});

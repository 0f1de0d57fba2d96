import type { NightlyRestart } from '../../shared/config/provisioning-config';
import type { LogEntry } from '../../shared/ipc/log-entry';
import type { OutboxJournal } from './outbox-journal';
import type { SessionActivityHandler } from './session-activity';

/**
 * Restarts the app once a night, in a quiet window, to cap the slow leaks long-running kiosks
 * show (white screens and `oom` after days, research/kiosk-anchors.md B3). Only while nobody is
 * using the kiosk (attract screen) and the outbox journal has been quiet for a while, so no
 * resident and no submission is ever cut off; a busy night is skipped, not forced.
 */

/** Local Hanoi clock times, "HH:MM". `from` after `to` spans midnight (e.g. 23:30–01:00). */
export type NightlyRestartWindow = Exclude<NightlyRestart, false>;

export const DEFAULT_NIGHTLY_RESTART: NightlyRestartWindow = { from: '02:00', to: '04:00' };

/** Is anyone using the kiosk? The session-activity channel answers (attract screen = idle). */
export type IdleSource = { isIdle(): boolean };

/**
 * Reads "is anyone using the kiosk" off the session-activity channel (session-activity.ts keeps
 * the display awake from it): the renderer reports 'active' when a resident starts and 'idle'
 * back on the attract screen. A new renderer starts on the attract screen, so idle at first.
 */
export function idleFromSessionActivity(report: SessionActivityHandler): {
  report: SessionActivityHandler;
  idle: IdleSource;
  /** The page died (window-recovery.ts): a session it was running is over, though it never said so. */
  endSession: () => void;
} {
  let idle = true;
  const tracked: SessionActivityHandler = (activity) => {
    idle = activity === 'idle';
    report(activity);
  };
  return {
    report: tracked,
    idle: { isIdle: () => idle },
    endSession: () => {
      if (!idle) tracked('idle');
    },
  };
}

export type NightRestartDeps = {
  /** From the provisioning file (`nightlyRestart`); false turns the restart off. */
  window: NightlyRestart;
  idle: IdleSource;
  /** No journal write or removal in flight or recent (see watchJournalActivity). */
  journalQuiet: () => boolean;
  /** `app.relaunch(); app.exit(0)`: the OS session would bring the app back anyway, this is faster. */
  relaunch: () => void;
  log: (entry: LogEntry) => void;
  /** When this process started: a process started inside tonight's window is already fresh. */
  startedAt: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  checkEveryMs?: number;
};

export type NightRestart = { check(): void; stop(): void };

// Asia/Ho_Chi_Minh has been UTC+7 all year since 1975: a fixed offset, whatever the machine's zone.
const HANOI_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const CLOCK_TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

function minutesOf(text: string): number {
  const match = CLOCK_TIME.exec(text);
  if (!match) throw new Error(`not an HH:MM time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** When the restart window around `at` opened (epoch ms), or null when `at` is outside it. */
export function windowOpenedAt(at: number, window: NightlyRestartWindow): number | null {
  const local = at + HANOI_OFFSET_MS;
  const localMidnight = Math.floor(local / DAY_MS) * DAY_MS;
  const minute = Math.floor((local - localMidnight) / 60_000);
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  const openedToday = localMidnight + from * 60_000 - HANOI_OFFSET_MS;
  if (from < to) return minute >= from && minute < to ? openedToday : null;
  if (minute >= from) return openedToday;
  return minute < to ? openedToday - DAY_MS : null;
}

export function createNightRestart(deps: NightRestartDeps): NightRestart {
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  const every = deps.checkEveryMs ?? 60_000;
  let timer: unknown;
  let stopped = false;
  let relaunched = false;
  // The night being waited on, and what last stood in the way, for one 'skipped' line per night.
  let pending: { openedAt: number; blockedBy: 'session' | 'journal' } | undefined;

  const check = () => {
    const window = deps.window;
    if (window === false || relaunched) return;
    const openedAt = windowOpenedAt(now(), window);
    if (pending && pending.openedAt !== openedAt) {
      deps.log({ level: 'warn', event: 'night_restart.skipped', data: { blockedBy: pending.blockedBy } });
      pending = undefined;
    }
    if (openedAt === null || deps.startedAt >= openedAt) return;
    const blockedBy = !deps.idle.isIdle() ? 'session' : !deps.journalQuiet() ? 'journal' : undefined;
    if (blockedBy) {
      pending = { openedAt, blockedBy };
      return;
    }
    relaunched = true;
    deps.log({ level: 'info', event: 'night_restart.relaunch', data: { uptimeMs: now() - deps.startedAt } });
    deps.relaunch();
  };

  const tick = () => {
    if (stopped) return;
    check();
    timer = setTimer(tick, every);
  };
  timer = setTimer(tick, every);

  return {
    check,
    stop: () => {
      stopped = true;
      clearTimer(timer);
    },
  };
}

/**
 * Wraps the journal to tell when it is quiet: nothing in flight and nothing for `quietMs`. A write
 * is a resident's submission being made durable; removals follow deliveries. Reads count too:
 * the renderer reconciles with the journal right after it starts.
 */
export function watchJournalActivity(
  journal: OutboxJournal,
  options: { quietMs?: number; now?: () => number } = {},
): { journal: OutboxJournal; quiet: () => boolean } {
  const now = options.now ?? Date.now;
  const quietMs = options.quietMs ?? 5 * 60_000;
  let inFlight = 0;
  let lastActivity = Number.NEGATIVE_INFINITY;
  const track =
    <Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      inFlight++;
      lastActivity = now();
      try {
        return await call(...args);
      } finally {
        inFlight--;
        lastActivity = now();
      }
    };
  return {
    journal: {
      write: track((entry) => journal.write(entry)),
      remove: track((ids) => journal.remove(ids)),
      ids: track(() => journal.ids()),
      read: track((id) => journal.read(id)),
    },
    quiet: () => inFlight === 0 && now() - lastActivity >= quietMs,
  };
}

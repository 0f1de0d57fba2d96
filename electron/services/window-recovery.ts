import type { WebContents } from 'electron';
import type { LogEntry } from '../../shared/ipc/log-entry';

/**
 * Brings the kiosk window back when its renderer dies (`render-process-gone`) or hangs
 * (`unresponsive` for longer than a grace period): logs what happened, reason and exit code
 * only, and loads the entry page again, which starts on the attract screen. Nothing is cleared:
 * the queue lives in IndexedDB and in the main-process journal, not in the page, so the new
 * renderer finds it and the sync engine delivers it. A renderer that keeps dying gets a static
 * out-of-service page instead of an endless reload loop, and one more try after a cool-off.
 */
export type RecoverableWebContents = Pick<
  WebContents,
  'on' | 'loadURL' | 'forcefullyCrashRenderer' | 'isDestroyed'
>;

/** Built into dist/renderer (tools/out-of-service): static HTML and CSS, no script to crash again. */
export const OUT_OF_SERVICE_PAGE = 'out-of-service.html';

export type WindowRecoveryOptions = {
  webContents: RecoverableWebContents;
  /** The attract screen: APP_ENTRY_URL. */
  entryUrl: string;
  outOfServiceUrl: string;
  log: (entry: LogEntry) => void;
  /**
   * The resident session, if any, died with the page: main reports 'idle' to the session-activity
   * service, so its display blocker is released and the attract screen may let the display sleep.
   */
  sessionEnded?: () => void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Reloads allowed within `loopWindowMs`; one more failure shows the out-of-service page. */
  maxReloads?: number;
  loopWindowMs?: number;
  /** How long a hung page may take to answer again before it is reloaded (a slow disk or GC pause). */
  unresponsiveGraceMs?: number;
  /** After this long on the out-of-service page, the kiosk tries the attract screen once more. */
  retryAfterMs?: number;
};

export type WindowRecovery = {
  state(): 'serving' | 'out_of_service';
  /** Stops reacting (app quitting: the renderer going away then is expected). */
  dispose(): void;
};

export const RECOVERY_DEFAULTS = {
  maxReloads: 3,
  loopWindowMs: 10 * 60_000,
  unresponsiveGraceMs: 30_000,
  retryAfterMs: 30 * 60_000,
} as const;

// The renderer we crash on purpose after a hang reports itself gone a moment later: already handled.
const OWN_KILL_ECHO_MS = 10_000;

export function createWindowRecovery(options: WindowRecoveryOptions): WindowRecovery {
  const { webContents, log } = options;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  const maxReloads = options.maxReloads ?? RECOVERY_DEFAULTS.maxReloads;
  const loopWindowMs = options.loopWindowMs ?? RECOVERY_DEFAULTS.loopWindowMs;
  const graceMs = options.unresponsiveGraceMs ?? RECOVERY_DEFAULTS.unresponsiveGraceMs;
  const retryAfterMs = options.retryAfterMs ?? RECOVERY_DEFAULTS.retryAfterMs;
  let reloads: number[] = [];
  let state: 'serving' | 'out_of_service' = 'serving';
  let disposed = false;
  let hangTimer: unknown;
  let hungSince = 0;
  let retryTimer: unknown;
  let killedAt = Number.NEGATIVE_INFINITY;

  const load = (url: string) =>
    webContents.loadURL(url).catch((error: unknown) =>
      log({
        level: 'error',
        event: 'window.load_failed',
        data: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 120) },
      }),
    );

  const recover = (cause: 'render_process_gone' | 'unresponsive') => {
    // Already given up: wait for the retry. Reloading here could spin on a renderer that cannot start.
    if (state === 'out_of_service') return;
    options.sessionEnded?.();
    const at = now();
    reloads = reloads.filter((t) => at - t < loopWindowMs);
    if (reloads.length >= maxReloads) {
      state = 'out_of_service';
      log({ level: 'error', event: 'window.out_of_service', data: { cause, reloads: reloads.length } });
      void load(options.outOfServiceUrl);
      retryTimer = setTimer(retry, retryAfterMs);
      return;
    }
    reloads.push(at);
    log({ level: 'warn', event: 'window.reload', data: { cause, attempt: reloads.length } });
    void load(options.entryUrl);
  };

  const retry = () => {
    retryTimer = undefined;
    if (disposed || webContents.isDestroyed()) return;
    // A fresh budget: the loop guard trips again quickly if the fault is still there.
    state = 'serving';
    reloads = [];
    log({ level: 'info', event: 'window.retry_after_out_of_service' });
    void load(options.entryUrl);
  };

  const clearHang = () => {
    if (hangTimer !== undefined) clearTimer(hangTimer);
    hangTimer = undefined;
  };

  webContents.on('render-process-gone', (_event, details) => {
    if (disposed || webContents.isDestroyed()) return;
    clearHang();
    if (now() - killedAt < OWN_KILL_ECHO_MS) {
      killedAt = Number.NEGATIVE_INFINITY;
      return;
    }
    // Reason and exit code only: nothing from the page, so no resident's data reaches the log.
    log({
      level: 'error',
      event: 'window.render_process_gone',
      data: { reason: details.reason, exitCode: details.exitCode },
    });
    recover('render_process_gone');
  });

  webContents.on('unresponsive', () => {
    if (disposed || hangTimer !== undefined) return;
    hungSince = now();
    log({ level: 'warn', event: 'window.unresponsive' });
    hangTimer = setTimer(() => {
      hangTimer = undefined;
      if (disposed || webContents.isDestroyed()) return;
      log({ level: 'error', event: 'window.unresponsive_reload', data: { waitedMs: now() - hungSince } });
      // A hung renderer cannot run a navigation; crashing it makes the reload start a new process.
      killedAt = now();
      webContents.forcefullyCrashRenderer();
      recover('unresponsive');
    }, graceMs);
  });

  webContents.on('responsive', () => {
    if (disposed || hangTimer === undefined) return;
    clearHang();
    log({ level: 'info', event: 'window.responsive', data: { afterMs: now() - hungSince } });
  });

  return {
    state: () => state,
    dispose: () => {
      disposed = true;
      clearHang();
      if (retryTimer !== undefined) clearTimer(retryTimer);
      retryTimer = undefined;
    },
  };
}

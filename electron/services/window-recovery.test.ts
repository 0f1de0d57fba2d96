import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { LogEntrySchema, type LogEntry } from '../../shared/ipc/log-entry';
import { journalEntry } from '../../tests/support/journal-entry';
import { createOutboxJournal } from './outbox-journal';
import {
  createWindowRecovery,
  OUT_OF_SERVICE_PAGE,
  RECOVERY_DEFAULTS,
  type RecoverableWebContents,
  type WindowRecoveryOptions,
} from './window-recovery';

const OUT_OF_SERVICE_URL = `${APP_ORIGIN}/${OUT_OF_SERVICE_PAGE}`;

/**
 * A kiosk window's webContents: emits Electron's events, records every method the recovery
 * touches (so a test can show it never reaches for storage), and "boots" the page on each load.
 */
function fakeWebContents(onLoad: (url: string) => void = () => undefined) {
  const emitter = new EventEmitter();
  const touched = new Set<string>();
  const loads: string[] = [];
  let destroyed = false;
  const methods = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    loadURL: vi.fn(async (url: string) => {
      loads.push(url);
      onLoad(url);
    }),
    forcefullyCrashRenderer: vi.fn(() => {
      // Electron reports the killed renderer a moment later.
      queueMicrotask(() => emitter.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }));
    }),
    isDestroyed: () => destroyed,
  };
  const webContents = new Proxy(methods, {
    get(target, key: string) {
      touched.add(key);
      return target[key as keyof typeof target];
    },
  }) as unknown as RecoverableWebContents;
  return {
    webContents,
    loads,
    touched,
    crash: (reason = 'crashed', exitCode = 139) =>
      emitter.emit('render-process-gone', {}, { reason, exitCode }),
    hang: () => emitter.emit('unresponsive'),
    answer: () => emitter.emit('responsive'),
    destroy: () => {
      destroyed = true;
    },
    forcefullyCrashRenderer: methods.forcefullyCrashRenderer,
  };
}

function start(fake: ReturnType<typeof fakeWebContents>, options: Partial<WindowRecoveryOptions> = {}) {
  const logs: LogEntry[] = [];
  const recovery = createWindowRecovery({
    webContents: fake.webContents,
    entryUrl: APP_ENTRY_URL,
    outOfServiceUrl: OUT_OF_SERVICE_URL,
    log: (entry) => logs.push(LogEntrySchema.parse(entry)),
    ...options,
  });
  return { recovery, logs, events: () => logs.map((l) => l.event) };
}

const flush = () => Promise.resolve().then(() => Promise.resolve());

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-20T03:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('createWindowRecovery: a renderer that dies', () => {
  it('logs the reason and exit code only, and reloads the attract screen', async () => {
    const fake = fakeWebContents();
    const { logs } = start(fake);
    fake.crash('oom', -536870904);
    await flush();
    expect(fake.loads).toEqual([APP_ENTRY_URL]);
    expect(logs).toEqual([
      { level: 'error', event: 'window.render_process_gone', data: { reason: 'oom', exitCode: -536870904 } },
      { level: 'warn', event: 'window.reload', data: { cause: 'render_process_gone', attempt: 1 } },
    ]);
  });

  it('keeps the queue: the reloaded page finds the journal as it was, and no storage is touched', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'recovery-test-'));
    try {
      const journal = createOutboxJournal({ dir: path.join(root, 'outbox-journal') });
      const queued = journalEntry(1);
      await journal.write(queued);
      // Each load boots the page, which (like Outbox.reconcileJournal at start) reads the journal.
      const seenByPage: Promise<string[]>[] = [];
      const fake = fakeWebContents(() => void seenByPage.push(journal.ids()));
      start(fake);
      fake.crash('crashed', 11);
      await flush();
      expect(await Promise.all(seenByPage)).toEqual([[queued.request.submissionId]]);
      expect(await journal.read(queued.request.submissionId)).toEqual(queued);
      // Only the listeners and a plain load: no session, cache or storage call that could drop the queue.
      expect([...fake.touched].sort()).toEqual(['isDestroyed', 'loadURL', 'on']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('shows the out-of-service page after too many reloads in the loop window, then tries again later', async () => {
    const fake = fakeWebContents();
    const { recovery, events } = start(fake);
    for (let i = 0; i < RECOVERY_DEFAULTS.maxReloads; i++) {
      fake.crash();
      vi.advanceTimersByTime(60_000);
    }
    expect(fake.loads).toEqual(Array(RECOVERY_DEFAULTS.maxReloads).fill(APP_ENTRY_URL));
    fake.crash();
    expect(recovery.state()).toBe('out_of_service');
    expect(fake.loads.at(-1)).toBe(OUT_OF_SERVICE_URL);
    expect(events()).toContain('window.out_of_service');

    // The static page dying too is logged, but not reloaded: that could spin on a broken renderer.
    fake.crash('launch-failed', 1);
    expect(fake.loads).toHaveLength(RECOVERY_DEFAULTS.maxReloads + 1);

    vi.advanceTimersByTime(RECOVERY_DEFAULTS.retryAfterMs);
    expect(fake.loads.at(-1)).toBe(APP_ENTRY_URL);
    expect(recovery.state()).toBe('serving');
    expect(events().at(-1)).toBe('window.retry_after_out_of_service');
  });

  it('allows any number of crashes spread wider than the loop window', () => {
    const fake = fakeWebContents();
    const { recovery } = start(fake, { maxReloads: 2, loopWindowMs: 60_000 });
    for (let i = 0; i < 10; i++) {
      fake.crash();
      vi.advanceTimersByTime(31_000);
    }
    expect(recovery.state()).toBe('serving');
    expect(fake.loads).toEqual(Array(10).fill(APP_ENTRY_URL));
  });

  it('ignores the renderer going away once disposed (the app is quitting) or with the window', () => {
    const fake = fakeWebContents();
    const { recovery, logs } = start(fake);
    fake.destroy();
    fake.crash();
    recovery.dispose();
    fake.crash();
    expect(fake.loads).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('ends the resident session with the page, so the display may sleep again on the attract screen', () => {
    const fake = fakeWebContents();
    const sessionEnded = vi.fn();
    start(fake, { sessionEnded, maxReloads: 1 });
    fake.crash();
    expect(sessionEnded).toHaveBeenCalledTimes(1);
    fake.crash(); // out of service: no session there either
    expect(sessionEnded).toHaveBeenCalledTimes(2);
  });

  it('logs a failed load instead of throwing', async () => {
    const fake = fakeWebContents(() => {
      throw new Error('ERR_FAILED');
    });
    const { events } = start(fake);
    fake.crash();
    await flush();
    expect(events()).toEqual(['window.render_process_gone', 'window.reload', 'window.load_failed']);
  });
});

describe('createWindowRecovery: a renderer that hangs', () => {
  it('waits for it to answer again within the grace period, without reloading', () => {
    const fake = fakeWebContents();
    const { events } = start(fake);
    fake.hang();
    fake.hang(); // Electron repeats the event while the page stays hung
    vi.advanceTimersByTime(RECOVERY_DEFAULTS.unresponsiveGraceMs - 1);
    fake.answer();
    vi.advanceTimersByTime(RECOVERY_DEFAULTS.unresponsiveGraceMs * 2);
    expect(fake.loads).toEqual([]);
    expect(fake.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(events()).toEqual(['window.unresponsive', 'window.responsive']);
  });

  it('after the grace period, replaces the hung renderer with a fresh one on the attract screen', async () => {
    const fake = fakeWebContents();
    const { logs } = start(fake, { unresponsiveGraceMs: 5_000 });
    fake.hang();
    vi.advanceTimersByTime(5_000);
    await flush();
    expect(fake.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    // The killed renderer's own 'render-process-gone' is recognised: one reload, not two.
    expect(fake.loads).toEqual([APP_ENTRY_URL]);
    expect(logs.map((l) => l.event)).toEqual([
      'window.unresponsive',
      'window.unresponsive_reload',
      'window.reload',
    ]);
    expect(logs[1]?.data).toEqual({ waitedMs: 5_000 });
    // A real crash later is handled again.
    vi.advanceTimersByTime(60_000);
    fake.crash();
    expect(fake.loads).toEqual([APP_ENTRY_URL, APP_ENTRY_URL]);
  });

  it('stops waiting when the renderer dies during the grace period', () => {
    const fake = fakeWebContents();
    start(fake);
    fake.hang();
    fake.crash();
    vi.advanceTimersByTime(RECOVERY_DEFAULTS.unresponsiveGraceMs * 2);
    expect(fake.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(fake.loads).toEqual([APP_ENTRY_URL]);
  });
});

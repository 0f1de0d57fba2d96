import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile, rename, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { createBridge } from '../../shared/ipc/create-bridge';
import { MIN_PIN_HASH_ITERATIONS } from '../../shared/staff/pin-hash-format';
import { memoryJournal } from '../../tests/support/memory-journal';
import { createIpcRouter, exactOriginPredicate } from '../ipc-router';
import { fixedKioskCredential } from './fake-kiosk-credential';
import { createKioskServices } from './kiosk-services';
import { createLogSink } from './log-sink';
import { createStaffServices } from './staff-services';
import { hashStaffPin } from './staff-pin';

/**
 * The staff channels end to end in Node, as main.ts wires them: a provisioning file with a real
 * PBKDF2 hash, the router with the contract's zod schemas both ways, and a bridge built from the
 * same contract as the preload's, so what the renderer calls is exactly what is tested.
 */
describe('staff IPC channels', () => {
  let dir: string;
  let bridge: ReturnType<typeof createBridge>;
  let router: ReturnType<typeof createIpcRouter>;
  let clock = 1_000_000;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'staff-ipc-'));
    const configPath = path.join(dir, 'kiosk.config.json');
    const example = JSON.parse(readFileSync('build/kiosk.config.example.json', 'utf8')) as object;
    const staffPinHash = await hashStaffPin('246810', { iterations: MIN_PIN_HASH_ITERATIONS });
    writeFileSync(configPath, JSON.stringify({ ...example, printerName: 'Receipts', staffPinHash }));
    const appendLog = createLogSink({
      logsDir: dir,
      fs: {
        append: (file, text) => appendFile(file, text),
        size: (file) =>
          stat(file).then(
            (s) => s.size,
            () => 0,
          ),
        rename: (from, to) => rename(from, to),
      },
    });
    const readText = (file: string) => readFileSync(file, 'utf8');
    const services = createKioskServices({
      configPath,
      readFile: readText,
      appendLog,
      version: '0.1.0',
      shell: 'electron',
      journal: memoryJournal(),
      credential: fixedKioskCredential(),
      staff: createStaffServices({
        configPath,
        readFile: readText,
        stateDir: dir,
        logsDir: dir,
        printers: async () => [{ name: 'Receipts', options: { 'printer-state': '3' } }],
        now: () => clock,
        log: (entry) => void appendLog(entry),
      }),
    });
    router = createIpcRouter(services, { isTrustedSender: exactOriginPredicate(APP_ORIGIN) });
    bridge = createBridge((channel, args) => router.handle(channel, args, APP_ENTRY_URL));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('unlocks with the right PIN only, and reports the pause after a wrong one', async () => {
    expect(await bridge.staffUnlockStatus()).toEqual({ status: 'ready' });
    expect(await bridge.staffUnlock('135790')).toEqual({
      status: 'wrong_pin',
      failedAttempts: 1,
      retryAfterMs: 2_000,
      lockout: false,
    });
    expect(await bridge.staffUnlockStatus()).toEqual({ status: 'locked', retryAfterMs: 2_000 });
    clock += 2_000;
    expect(await bridge.staffUnlock('246810')).toEqual({ status: 'ok' });
  });

  it('refuses anything but 6 to 12 digits before it reaches the main process', async () => {
    for (const pin of ['12345', '1234567890123', '24681a', ' 246810', '２４６８１０']) {
      await expect(bridge.staffUnlock(pin)).rejects.toThrow();
    }
    // And the main-process door refuses it too when a caller skips the bridge's own check.
    await expect(router.handle(IPC_CONTRACT.staffUnlock.channel, [1234567], APP_ENTRY_URL)).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('lists the receipt printer and the recent log, newest first, with no PIN in it', async () => {
    expect(await bridge.printerStatus()).toEqual({
      printerCount: 1,
      configuredName: 'Receipts',
      receiptPrinter: { name: 'Receipts', state: 'idle', reason: null },
    });
    await bridge.log({ level: 'info', event: 'staff.force_sync', data: { waiting: 1, outcome: 'ok' } });
    const log = await bridge.recentLog(10);
    expect(log[0]).toMatchObject({ event: 'staff.force_sync', data: { waiting: 1, outcome: 'ok' } });
    expect(log.map((e) => e.event)).toEqual(
      expect.arrayContaining(['staff.unlock_failed', 'staff.unlock', 'staff.force_sync']),
    );
    expect(JSON.stringify(log)).not.toMatch(/246810|135790|pbkdf2/);
    await expect(bridge.recentLog(0)).rejects.toThrow();
    await expect(bridge.recentLog(201)).rejects.toThrow();
  });

  it('has staff mode off, and empty health answers, when the main process has no staff services', async () => {
    const services = createKioskServices({
      configPath: 'build/kiosk.config.example.json',
      readFile: (file) => readFileSync(file, 'utf8'),
      appendLog: () => undefined,
      version: '0.1.0',
      shell: 'browser',
      journal: memoryJournal(),
      credential: fixedKioskCredential(),
    });
    const router = createIpcRouter(services, { isTrustedSender: exactOriginPredicate(APP_ORIGIN) });
    const plain = createBridge((channel, args) => router.handle(channel, args, APP_ENTRY_URL));
    expect(await plain.staffUnlock('246810')).toEqual({ status: 'not_configured' });
    expect(await plain.printerStatus()).toEqual({
      printerCount: 0,
      configuredName: null,
      receiptPrinter: null,
    });
    expect(await plain.recentLog(5)).toEqual([]);
  });
});

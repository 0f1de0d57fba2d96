import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { journalEntry } from '../../tests/support/journal-entry';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { createIpcRouter, exactOriginPredicate } from '../ipc-router';
import { createAppInfo } from './app-info';
import { fixedKioskCredential } from './fake-kiosk-credential';
import { createKioskServices } from './kiosk-services';
import { createLogSink, type LogFs } from './log-sink';
import { memoryJournal } from '../../tests/support/memory-journal';

const EXAMPLE = path.resolve('build/kiosk.config.example.json');

describe('createAppInfo', () => {
  it('reports version and shell', () => {
    expect(createAppInfo({ version: '0.1.0', shell: 'browser' })).toEqual({
      version: '0.1.0',
      shell: 'browser',
    });
  });
  it('refuses an unknown shell', () => {
    expect(() => createAppInfo({ version: '1', shell: 'node' as never })).toThrow();
  });
});

const memoryFs = () => {
  const files = new Map<string, string>();
  const fs: LogFs = {
    append: async (file, text) => void files.set(file, (files.get(file) ?? '') + text),
    size: async (file) => Buffer.byteLength(files.get(file) ?? ''),
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
  };
  return { files, fs };
};

describe('createLogSink', () => {
  const now = () => new Date('2026-01-02T03:04:05.000Z');

  it('writes one JSON line per entry', async () => {
    const { files, fs } = memoryFs();
    const sink = createLogSink({ logsDir: '/logs', fs, now });
    await sink({ level: 'info', event: 'app.start' });
    await sink({ level: 'warn', event: 'sync.retry', data: { attempt: 3 } });
    const lines = (files.get(path.join('/logs', 'kiosk.log')) ?? '').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '2026-01-02T03:04:05.000Z', level: 'info', event: 'app.start' },
      { time: '2026-01-02T03:04:05.000Z', level: 'warn', event: 'sync.retry', data: { attempt: 3 } },
    ]);
  });

  it('refuses free text', () => {
    const { fs } = memoryFs();
    const sink = createLogSink({ logsDir: '/logs', fs });
    expect(() => sink({ level: 'info', event: 'x', message: 'Nguyễn Văn A' } as never)).toThrow();
  });

  it('rotates past the size cap, keeping one old file', async () => {
    const { files, fs } = memoryFs();
    const sink = createLogSink({ logsDir: '/logs', fs, now, maxBytes: 200 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => sink({ level: 'info', event: `e${i}` })));
    const current = files.get(path.join('/logs', 'kiosk.log')) ?? '';
    const rotated = files.get(path.join('/logs', 'kiosk.1.log')) ?? '';
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(200);
    expect(Buffer.byteLength(rotated)).toBeLessThanOrEqual(200);
    expect(current).toContain('"event":"e9"');
    expect([...files.keys()]).toHaveLength(2);
  });

  it('swallows disk errors and reports them', async () => {
    const onError = vi.fn();
    const sink = createLogSink({
      logsDir: '/logs',
      fs: {
        append: () => Promise.reject(new Error('ENOSPC')),
        size: async () => 0,
        rename: async () => undefined,
      },
      onError,
    });
    await expect(sink({ level: 'error', event: 'x' })).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'ENOSPC' }));
    // The queue keeps working after a failure.
    await expect(sink({ level: 'error', event: 'y' })).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(2);
  });
});

describe('createKioskServices', () => {
  const services = (configPath = EXAMPLE, appendLog = vi.fn()) =>
    createKioskServices({
      configPath,
      readFile: (f) => readFileSync(f, 'utf8'),
      appendLog,
      version: '0.1.0',
      shell: 'electron',
      journal: memoryJournal(),
      credential: fixedKioskCredential(),
    });

  it('serves config, app info and log through the router', async () => {
    const appendLog = vi.fn();
    const router = createIpcRouter(services(EXAMPLE, appendLog), {
      isTrustedSender: exactOriginPredicate(APP_ORIGIN),
    });
    await expect(router.handle(IPC_CONTRACT.getConfig.channel, [], APP_ENTRY_URL)).resolves.toMatchObject({
      ok: true,
      config: { kioskId: 'HN-00001', wardCode: '00004' },
    });
    await expect(router.handle(IPC_CONTRACT.getAppInfo.channel, [], APP_ENTRY_URL)).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
    });
    const entry = { level: 'info', event: 'app.ready' };
    await expect(router.handle(IPC_CONTRACT.log.channel, [entry], APP_ENTRY_URL)).resolves.toBeNull();
    expect(appendLog).toHaveBeenCalledWith(entry);
  });

  it('serves the outbox journal through the router, refusing ids that are not UUIDs', async () => {
    const router = createIpcRouter(services(), { isTrustedSender: exactOriginPredicate(APP_ORIGIN) });
    const entry = journalEntry();
    const id = entry.request.submissionId;
    await expect(
      router.handle(IPC_CONTRACT.journalWrite.channel, [entry], APP_ENTRY_URL),
    ).resolves.toBeNull();
    await expect(router.handle(IPC_CONTRACT.journalIds.channel, [], APP_ENTRY_URL)).resolves.toEqual([id]);
    await expect(router.handle(IPC_CONTRACT.journalRead.channel, [id], APP_ENTRY_URL)).resolves.toEqual(
      entry,
    );
    await expect(
      router.handle(IPC_CONTRACT.journalRead.channel, ['../../etc/passwd'], APP_ENTRY_URL),
    ).rejects.toThrow(/invalid arguments/);
    await expect(
      router.handle(IPC_CONTRACT.journalRemove.channel, [[id]], APP_ENTRY_URL),
    ).resolves.toBeNull();
    await expect(router.handle(IPC_CONTRACT.journalIds.channel, [], APP_ENTRY_URL)).resolves.toEqual([]);
  });

  it('serves the credential channels, refusing a renewal argument that is not a credential', async () => {
    const status = {
      credential: `mck_${'k'.repeat(43)}`,
      storage: 'weak' as const,
      state: 'enrolled' as const,
    };
    const router = createIpcRouter(
      createKioskServices({
        configPath: EXAMPLE,
        readFile: (f) => readFileSync(f, 'utf8'),
        appendLog: () => undefined,
        version: '1',
        shell: 'electron',
        journal: memoryJournal(),
        credential: fixedKioskCredential(status),
      }),
      { isTrustedSender: exactOriginPredicate(APP_ORIGIN) },
    );
    await expect(router.handle(IPC_CONTRACT.getCredential.channel, [], APP_ENTRY_URL)).resolves.toEqual(
      status,
    );
    await expect(
      router.handle(IPC_CONTRACT.renewCredential.channel, [status.credential], APP_ENTRY_URL),
    ).resolves.toEqual(status);
    await expect(router.handle(IPC_CONTRACT.renewCredential.channel, [null], APP_ENTRY_URL)).resolves.toEqual(
      status,
    );
    await expect(
      router.handle(IPC_CONTRACT.renewCredential.channel, ['Bearer x y'], APP_ENTRY_URL),
    ).rejects.toThrow(/invalid arguments/);
    await expect(
      router.handle(IPC_CONTRACT.getCredential.channel, [], 'https://evil.example/'),
    ).rejects.toThrow(/untrusted/);
  });

  it('explains a broken config instead of throwing', async () => {
    const result = await services('/nowhere/kiosk.config.json').getConfig();
    expect(result).toEqual({
      ok: false,
      path: '/nowhere/kiosk.config.json',
      problems: [{ field: '(file)', problem: 'unreadable', detail: 'file not found' }],
    });
  });

  it('re-reads the file on every call, so a fixed config needs no restart', async () => {
    let text = '{';
    const handlers = createKioskServices({
      configPath: '/k.json',
      readFile: () => text,
      appendLog: () => undefined,
      version: '1',
      shell: 'browser',
      journal: memoryJournal(),
      credential: fixedKioskCredential(),
    });
    expect((await handlers.getConfig()).ok).toBe(false);
    text = readFileSync(EXAMPLE, 'utf8');
    expect((await handlers.getConfig()).ok).toBe(true);
  });
});

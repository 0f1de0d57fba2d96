import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogSink, type LogFs } from './log-sink';
import { createRecentLog } from './recent-log';

/** The real log sink over an in-memory disk, so the reader reads exactly what the sink writes. */
function memoryLogs(maxBytes = 1_000_000) {
  const files = new Map<string, string>();
  const fs: LogFs = {
    append: async (file, text) => void files.set(file, (files.get(file) ?? '') + text),
    size: async (file) => Buffer.byteLength(files.get(file) ?? ''),
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
  };
  let second = 0;
  const sink = createLogSink({
    logsDir: '/logs',
    fs,
    maxBytes,
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, second++)),
  });
  const recent = createRecentLog({ logsDir: '/logs', readText: async (file) => files.get(file) ?? null });
  return { files, sink, recent };
}

describe('recent log', () => {
  it('gives the newest lines first, with their time', async () => {
    const { sink, recent } = memoryLogs();
    await sink({ level: 'info', event: 'app.start' });
    await sink({ level: 'warn', event: 'sync.retry_scheduled', data: { reason: 'network', delayMs: 800 } });
    expect(await recent(10)).toEqual([
      {
        time: '2026-01-02T03:04:01.000Z',
        level: 'warn',
        event: 'sync.retry_scheduled',
        data: { reason: 'network', delayMs: 800 },
      },
      { time: '2026-01-02T03:04:00.000Z', level: 'info', event: 'app.start' },
    ]);
    expect(await recent(1)).toHaveLength(1);
  });

  it('continues into the rotated file when the current one is short', async () => {
    const { sink, recent, files } = memoryLogs(300);
    for (let i = 0; i < 8; i++) await sink({ level: 'info', event: `e${i}` });
    expect(files.has(path.join('/logs', 'kiosk.1.log'))).toBe(true);
    const events = (await recent(6)).map((e) => e.event);
    expect(events).toEqual(['e7', 'e6', 'e5', 'e4', 'e3', 'e2']);
  });

  it('skips lines that are not the closed log shape: free text, torn writes, foreign fields', async () => {
    const { sink, recent, files } = memoryLogs();
    await sink({ level: 'info', event: 'ok.before' });
    await sink({ level: 'info', event: 'ok.after' });
    const file = path.join('/logs', 'kiosk.log');
    files.set(
      file,
      (files.get(file) ?? '') +
        '{"time":"2026-01-02T03:04:09.000Z","level":"info","event":"x","message":"Nguyễn Văn A"}\n' +
        '{"time":"2026-01-02T03:04:09.000Z","level":"info","event":"x","data":{"name":"' +
        'a'.repeat(200) +
        '"}}\n' +
        'plain text that someone pasted\n' +
        '{"time":"2026-01-02T03:04:1', // torn by a power cut
    );
    expect((await recent(10)).map((e) => e.event)).toEqual(['ok.after', 'ok.before']);
  });

  it('is empty when there is no log yet', async () => {
    expect(await memoryLogs().recent(50)).toEqual([]);
  });
});

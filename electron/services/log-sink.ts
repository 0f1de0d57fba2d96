import path from 'node:path';
import { LogEntrySchema, type LogEntry } from '../../shared/ipc/log-entry';

/**
 * Appends structured log lines (JSON, one per line) to `<logsDir>/kiosk.log`, rotating
 * to kiosk.1.log past a size cap so a kiosk that runs for months cannot fill its disk.
 * Only validated LogEntry fields are written: no free text from the renderer.
 */
export type LogFs = {
  append(file: string, text: string): Promise<void>;
  /** Size in bytes, or 0 when the file does not exist yet. */
  size(file: string): Promise<number>;
  /** Replaces `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
};

export type LogSinkOptions = {
  logsDir: string;
  fs: LogFs;
  maxBytes?: number;
  now?: () => Date;
  /** Logging is best effort: a full disk must not break the resident's session. */
  onError?: (error: unknown) => void;
};

export type LogSink = (entry: LogEntry) => Promise<void>;

export const LOG_FILE = 'kiosk.log';
export const ROTATED_LOG_FILE = 'kiosk.1.log';

export function createLogSink(options: LogSinkOptions): LogSink {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const now = options.now ?? (() => new Date());
  const current = path.join(options.logsDir, LOG_FILE);
  const rotated = path.join(options.logsDir, ROTATED_LOG_FILE);
  // One write at a time, so two calls cannot both decide to rotate.
  let queue: Promise<void> = Promise.resolve();

  const write = async (line: string) => {
    const size = await options.fs.size(current);
    if (size > 0 && size + Buffer.byteLength(line) > maxBytes) await options.fs.rename(current, rotated);
    await options.fs.append(current, line);
  };

  return (entry) => {
    const parsed = LogEntrySchema.parse(entry);
    const line = `${JSON.stringify({ time: now().toISOString(), ...parsed })}\n`;
    queue = queue.then(() => write(line)).catch((error: unknown) => options.onError?.(error));
    return queue;
  };
}

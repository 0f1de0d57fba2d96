import path from 'node:path';
import { RecentLogEntrySchema, type RecentLogEntry } from '../../shared/staff/recent-log-entry';
import { LOG_FILE, ROTATED_LOG_FILE } from './log-sink';

/**
 * The last lines of the structured log (log-sink.ts) for the staff screen, newest first. Each line
 * is checked against the same closed shape the sink writes, so a line that is not one of ours (a
 * hand edit, a torn write) is skipped rather than shown: nothing but event names and short scalar
 * fields can reach the screen.
 */
export interface RecentLogDeps {
  logsDir: string;
  /** The file's text, or null when it does not exist. */
  readText: (file: string) => Promise<string | null>;
}

const parseLine = (line: string): RecentLogEntry | null => {
  try {
    const parsed = RecentLogEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export function createRecentLog(deps: RecentLogDeps): (limit: number) => Promise<RecentLogEntry[]> {
  const newestFirst = async (file: string): Promise<RecentLogEntry[]> => {
    const text = await deps.readText(path.join(deps.logsDir, file)).catch(() => null);
    return (text ?? '')
      .split('\n')
      .reverse()
      .flatMap((line) => {
        const entry = line.trim() === '' ? null : parseLine(line);
        return entry ? [entry] : [];
      });
  };
  return async (limit) => {
    const entries = await newestFirst(LOG_FILE);
    // The rotated file holds the lines just before the current one began.
    if (entries.length < limit) entries.push(...(await newestFirst(ROTATED_LOG_FILE)));
    return entries.slice(0, limit);
  };
}

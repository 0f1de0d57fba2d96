import { z } from 'zod';
import { LogEntrySchema } from '../ipc/log-entry';

/**
 * A line of the main process's structured log as the staff screen reads it back: the same closed
 * shape the log sink writes (event names and short scalar fields, no free text), with its time.
 */
export const RECENT_LOG_MAX = 200;

export const RecentLogEntrySchema = z.strictObject({
  time: z.iso.datetime({ offset: true }),
  ...LogEntrySchema.shape,
});
export type RecentLogEntry = z.infer<typeof RecentLogEntrySchema>;

import { z } from 'zod';

/**
 * A structured log line from the renderer. Only an event name and small scalar
 * fields, never free text, so a resident's answers cannot leak into the log.
 */
export const LogEntrySchema = z
  .object({
    level: z.enum(['info', 'warn', 'error']),
    event: z.string().regex(/^[a-z0-9_.:-]{1,64}$/),
    data: z
      .record(
        z.string().regex(/^[a-zA-Z0-9_]{1,32}$/),
        z.union([z.string().max(120), z.number(), z.boolean()]),
      )
      .optional(),
  })
  .strict();
export type LogEntry = z.infer<typeof LogEntrySchema>;

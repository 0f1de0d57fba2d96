import { z } from 'zod';

/**
 * What crosses to the main process about the resident session: whether one is running (the main
 * process keeps the display awake while it is), and the end-of-session request to cancel a print.
 */
export const SESSION_ACTIVITIES = ['active', 'idle'] as const;
export const SessionActivitySchema = z.enum(SESSION_ACTIVITIES);
export type SessionActivity = z.infer<typeof SessionActivitySchema>;

/**
 * none: no job was running. cancelled: the job had not reached the printer and never will.
 * spooled: the page was already handed to the OS print queue, which Electron cannot recall.
 */
export const CANCEL_PRINT_OUTCOMES = ['none', 'cancelled', 'spooled'] as const;
export const CancelPrintResultSchema = z.object({ outcome: z.enum(CANCEL_PRINT_OUTCOMES) }).strict();
export type CancelPrintResult = z.infer<typeof CancelPrintResultSchema>;

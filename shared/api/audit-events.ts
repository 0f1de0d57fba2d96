import { z } from 'zod';
import { KioskIdSchema } from './kiosk-auth';

/**
 * Staff actions at a kiosk, reported to the city (POST /v1/audit-events) in
 * batches from a durable queue. Idempotent by eventId: a batch may be sent again
 * after a lost answer, and events the city already holds are skipped.
 *
 * The details are a closed set of numbers and codes: no staff name, PIN, resident
 * name or free text can be expressed, so none can leak into the city's audit log.
 */
export const AUDIT_ACTIONS = [
  'staff.unlock',
  'staff.unlock_failed',
  'staff.lockout',
  'staff.force_sync',
  'staff.assisted_session',
  'staff.exit',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AUDIT_BATCH_MAX = 100;

const Seconds = z.number().int().min(0).max(86_400);

export const AuditDetailsSchema = z.strictObject({
  /** staff.unlock_failed / staff.lockout: wrong PINs in a row. */
  failedAttempts: z.number().int().min(0).max(1000).optional(),
  /** staff.lockout: how long the staff screen stays locked. */
  lockoutSeconds: Seconds.optional(),
  /** staff.assisted_session / staff.exit: how long staff mode lasted. */
  durationSeconds: Seconds.optional(),
  /** staff.assisted_session: the procedure staff helped with (a catalog id, not a submission). */
  procedureId: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/)
    .optional(),
  /** staff.force_sync: submissions waiting when staff pressed "send now". */
  waiting: z.number().int().min(0).max(1_000_000).optional(),
  outcome: z.enum(['ok', 'failed']).optional(),
});
export type AuditDetails = z.infer<typeof AuditDetailsSchema>;

export const AuditEventSchema = z.strictObject({
  eventId: z.uuid(),
  kioskId: KioskIdSchema,
  /** Kiosk clock when it happened; the city keeps its own receivedAt too. */
  at: z.iso.datetime({ offset: true }),
  action: AuditActionSchema,
  details: AuditDetailsSchema.default({}),
});
export type AuditEvent = z.input<typeof AuditEventSchema>;

export const AuditBatchSchema = z.strictObject({
  events: z
    .array(AuditEventSchema)
    .min(1)
    .max(AUDIT_BATCH_MAX)
    .refine(
      (events) => new Set(events.map((e) => e.eventId.toLowerCase())).size === events.length,
      'each eventId at most once per batch',
    ),
});
export type AuditBatch = z.input<typeof AuditBatchSchema>;

/** 200 for any valid batch: the kiosk may drop every event in it (stored now or earlier). */
export const AuditBatchAcceptedSchema = z.object({
  stored: z.number().int().min(0),
  /** Already held with the same content: an earlier send got through. */
  duplicates: z.array(z.uuid()),
  /** Already held with different content: a kiosk bug, kept for investigation, not stored again. */
  conflicts: z.array(z.uuid()),
});
export type AuditBatchAccepted = z.infer<typeof AuditBatchAcceptedSchema>;

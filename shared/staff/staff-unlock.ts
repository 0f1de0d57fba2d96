import { z } from 'zod';

/**
 * What crosses the IPC door for staff unlock: the PIN typed on the pad goes in, a verdict comes
 * out. The hash and the failure counter stay in the main process (electron/services/staff-unlock.ts).
 */
export const STAFF_PIN_MIN_DIGITS = 6;
export const STAFF_PIN_MAX_DIGITS = 12;
export const StaffPinSchema = z
  .string()
  .regex(new RegExp(`^[0-9]{${STAFF_PIN_MIN_DIGITS},${STAFF_PIN_MAX_DIGITS}}$`));

const Ms = z.number().int().min(0);

export const StaffUnlockResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ok') }),
  z.strictObject({
    status: z.literal('wrong_pin'),
    /** Wrong PINs in a row, this one included. */
    failedAttempts: z.number().int().min(1),
    /** How long the pad stays closed: a short pause, or a lockout. */
    retryAfterMs: Ms,
    /** This failure started a lockout (audited as staff.lockout). */
    lockout: z.boolean(),
  }),
  /** Refused unchecked: a lockout is running. */
  z.strictObject({ status: z.literal('locked'), retryAfterMs: Ms }),
  /** The provisioning file has no staffPinHash: staff mode is off on this kiosk. */
  z.strictObject({ status: z.literal('not_configured') }),
]);
export type StaffUnlockResult = z.infer<typeof StaffUnlockResultSchema>;

/** Asked when the pad opens, so a lockout survives a reload of the page. */
export const StaffUnlockStatusSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ready') }),
  z.strictObject({ status: z.literal('locked'), retryAfterMs: Ms }),
  z.strictObject({ status: z.literal('not_configured') }),
]);
export type StaffUnlockStatus = z.infer<typeof StaffUnlockStatusSchema>;

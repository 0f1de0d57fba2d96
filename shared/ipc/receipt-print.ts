import { z } from 'zod';
import { ReceiptCodeSchema } from '../api/city-api';

/**
 * What the renderer tells the main process when it asks for a printed receipt. The page itself is
 * what prints; this summary is only checked and logged, so it carries no personal data: the
 * receipt code, the procedure and the times, nothing the resident typed.
 */
export const ReceiptPrintSchema = z
  .object({
    receiptCode: ReceiptCodeSchema,
    procedureId: z.string().regex(/^[A-Z]{2,4}(?:-[A-Z0-9]{1,6})+$/),
    procedureName: z.string().min(1).max(200),
    submittedAt: z.iso.datetime({ offset: true }),
    processingTime: z.string().min(1).max(200),
  })
  .strict();
export type ReceiptPrint = z.infer<typeof ReceiptPrintSchema>;

/** Why nothing was printed: no printer at all (or not the configured one), one job at a time, or the printer failed. */
export const PRINT_FAILURES = ['no_printer', 'busy', 'failed'] as const;
export type PrintFailure = (typeof PRINT_FAILURES)[number];

export const PrintResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), reason: z.enum(PRINT_FAILURES) }).strict(),
]);
export type PrintResult = z.infer<typeof PrintResultSchema>;

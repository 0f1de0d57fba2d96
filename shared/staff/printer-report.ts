import { z } from 'zod';

/**
 * The receipt printer as the staff screen shows it. Electron can only list printers with the
 * attributes the OS print system hands it (CUPS: printer-state and its reasons); whether a printer
 * is switched on or has paper is often not known, so 'unknown' is a normal answer.
 */
export const PRINTER_STATES = ['idle', 'printing', 'stopped', 'unknown'] as const;
export const PrinterStateSchema = z.enum(PRINTER_STATES);
export type PrinterState = z.infer<typeof PrinterStateSchema>;

export const PrinterReportSchema = z.strictObject({
  /** Printers the OS knows. */
  printerCount: z.number().int().min(0),
  /** printerName from the provisioning file; null: receipts go to the system's default. */
  configuredName: z.string().max(200).nullable(),
  /** The configured printer, when the OS knows it. */
  receiptPrinter: z
    .strictObject({
      name: z.string().max(200),
      state: PrinterStateSchema,
      /** CUPS printer-state-reasons as a code, e.g. media-empty-error; null when none or unknown. */
      reason: z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/)
        .nullable(),
    })
    .nullable(),
});
export type PrinterReport = z.infer<typeof PrinterReportSchema>;

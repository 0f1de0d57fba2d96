import type { PrinterReport, PrinterState } from '../../shared/staff/printer-report';

/**
 * The receipt printer for the staff screen, from the printers the OS lists
 * (webContents.getPrintersAsync, injected: tests pass a fake list). Only the printer's name and
 * the CUPS state attributes Chromium passes through are read; they are often absent on Windows.
 */
export type ListedPrinter = { name: string; options?: unknown };

export interface PrinterStatusDeps {
  printers: () => Promise<readonly ListedPrinter[]>;
  /** printerName from the provisioning file, read at each call. */
  printerName: () => string | undefined;
}

// IPP printer-state (RFC 8011 §5.4.12): 3 idle, 4 processing, 5 stopped.
const IPP_STATES: Readonly<Record<string, PrinterState>> = { '3': 'idle', '4': 'printing', '5': 'stopped' };

const option = (options: unknown, key: string): string | undefined => {
  const value = (options as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
};

/** The first state reason as a bare code (`media-empty-error`), or null for none or anything odd. */
function reasonOf(options: unknown): string | null {
  const first = option(options, 'printer-state-reasons')?.split(',')[0]?.trim().toLowerCase();
  return first && first !== 'none' && /^[a-z0-9-]{1,64}$/.test(first) ? first : null;
}

export function createPrinterStatus(deps: PrinterStatusDeps): () => Promise<PrinterReport> {
  return async () => {
    const printers = await deps.printers().catch(() => []);
    const configuredName = deps.printerName() ?? null;
    const found = configuredName === null ? undefined : printers.find((p) => p.name === configuredName);
    return {
      printerCount: printers.length,
      configuredName: configuredName?.slice(0, 200) ?? null,
      receiptPrinter: found
        ? {
            name: found.name.slice(0, 200),
            state: IPP_STATES[option(found.options, 'printer-state') ?? ''] ?? 'unknown',
            reason: reasonOf(found.options),
          }
        : null,
    };
  };
}

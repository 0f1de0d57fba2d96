import type { LogEntry } from '../../shared/ipc/log-entry';
import type { PrintFailure, PrintResult, ReceiptPrint } from '../../shared/ipc/receipt-print';

/**
 * Prints the receipt on the kiosk's printer: the page on screen, silently (no dialog), to the
 * printer named in the provisioning file or else the system's default. Electron's webContents
 * calls are injected, so tests run it with fakes and the dev host can stand in a recorder.
 */
export type PrintReceipt = (receipt: ReceiptPrint) => Promise<PrintResult>;

export type PrintServiceDeps = {
  /** The printers the OS knows (webContents.getPrintersAsync). */
  printers: () => Promise<readonly { name: string }[]>;
  /**
   * Prints the kiosk window's current page silently (webContents.print with silent: true);
   * no deviceName means the system's default printer.
   */
  printPage: (options: { deviceName?: string }) => Promise<{ success: boolean; failureReason?: string }>;
  /** The printer from the provisioning file, read at each job so a fixed file needs no restart. */
  printerName: () => string | undefined;
  log?: (entry: LogEntry) => void;
};

export function createPrintService(deps: PrintServiceDeps): PrintReceipt {
  let printing = false;

  const finish = (receipt: ReceiptPrint, result: PrintResult, detail?: string): PrintResult => {
    // No receipt code or names in the log: the procedure and the outcome are enough for staff.
    deps.log?.({
      level: result.ok ? 'info' : 'warn',
      event: 'print.receipt',
      data: {
        procedureId: receipt.procedureId,
        ok: result.ok,
        ...(result.ok ? {} : { reason: result.reason }),
        ...(detail ? { detail: detail.slice(0, 120) } : {}),
      },
    });
    return result;
  };
  const fail = (receipt: ReceiptPrint, reason: PrintFailure, detail?: string) =>
    finish(receipt, { ok: false, reason }, detail);

  return async (receipt) => {
    // A second tap while the first job is still spooling must not print the receipt twice.
    if (printing) return { ok: false, reason: 'busy' };
    printing = true;
    try {
      const printers = await deps.printers();
      const wanted = deps.printerName();
      if (printers.length === 0) return fail(receipt, 'no_printer');
      if (wanted !== undefined && !printers.some((p) => p.name === wanted)) {
        return fail(receipt, 'no_printer', 'configured printer not found');
      }
      const outcome = await deps.printPage(wanted === undefined ? {} : { deviceName: wanted });
      return outcome.success ? finish(receipt, { ok: true }) : fail(receipt, 'failed', outcome.failureReason);
    } catch (error) {
      return fail(receipt, 'failed', error instanceof Error ? error.message : 'error');
    } finally {
      printing = false;
    }
  };
}

/** The part of Electron's WebContents that printing uses (a structural type: no Electron import). */
export type PrintableContents = {
  getPrintersAsync(): Promise<readonly { name: string }[]>;
  print(
    options: { silent: boolean; printBackground: boolean; deviceName?: string },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
};

/** Adapts the kiosk window's webContents (absent before the window exists) to the service's deps. */
export function webContentsPrinter(
  contents: () => PrintableContents | undefined,
): Pick<PrintServiceDeps, 'printers' | 'printPage'> {
  return {
    printers: async () => (await contents()?.getPrintersAsync()) ?? [],
    printPage: ({ deviceName }) =>
      new Promise((resolve) => {
        const target = contents();
        if (!target) return resolve({ success: false, failureReason: 'no window' });
        target.print(
          { silent: true, printBackground: true, ...(deviceName === undefined ? {} : { deviceName }) },
          (success, failureReason) => resolve({ success, failureReason }),
        );
      }),
  };
}

export const RECORDED_JOBS_MAX = 100;

/**
 * The browser shell's printer (dev host, e2e): it cannot print, so it records each job. Without a
 * printer it answers 'no_printer', as a kiosk without one does; with `printerAvailable` it succeeds.
 */
export function createRecordingPrintService(options: { printerAvailable?: boolean } = {}): {
  print: PrintReceipt;
  /** The latest jobs, oldest first (at most RECORDED_JOBS_MAX: a dev host may run for days). */
  jobs: ReceiptPrint[];
} {
  const jobs: ReceiptPrint[] = [];
  return {
    jobs,
    print: async (receipt) => {
      if (jobs.length >= RECORDED_JOBS_MAX) jobs.shift();
      jobs.push(receipt);
      return options.printerAvailable ? { ok: true } : { ok: false, reason: 'no_printer' };
    },
  };
}

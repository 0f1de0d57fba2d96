import type { LogEntry } from '../../shared/ipc/log-entry';
import type { PrintFailure, PrintResult, ReceiptPrint } from '../../shared/ipc/receipt-print';
import type { CancelPrintResult } from '../../shared/session/session-ipc';

/**
 * Prints the receipt on the kiosk's printer: the page on screen, silently (no dialog), to the
 * printer named in the provisioning file or else the system's default. Electron's webContents
 * calls are injected, so tests run it with fakes and the dev host can stand in a recorder.
 *
 * `cancel` is for the end of a resident session. Electron has no call to recall a page once
 * webContents.print has handed it to the OS print queue, so a job can be dropped only while
 * the printer is still being looked up; after that it answers 'spooled' (a receipt printer
 * finishes within seconds, and the receipt holds no answer the resident typed).
 */
export type PrintReceipt = ((receipt: ReceiptPrint) => Promise<PrintResult>) & {
  cancel?: () => CancelPrintResult;
};

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
  /** Where the running job is: looking up the printer (still cancellable) or handed to the OS. */
  let stage: 'preparing' | 'spooled' = 'preparing';
  let cancelled = false;

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

  const print = async (receipt: ReceiptPrint): Promise<PrintResult> => {
    // A second tap while the first job is still spooling must not print the receipt twice.
    if (printing) return { ok: false, reason: 'busy' };
    printing = true;
    stage = 'preparing';
    cancelled = false;
    try {
      const printers = await deps.printers();
      const wanted = deps.printerName();
      // The session ended meanwhile: the window no longer shows this receipt, so print nothing.
      if (cancelled) return fail(receipt, 'failed', 'cancelled: the session ended');
      if (printers.length === 0) return fail(receipt, 'no_printer');
      if (wanted !== undefined && !printers.some((p) => p.name === wanted)) {
        return fail(receipt, 'no_printer', 'configured printer not found');
      }
      stage = 'spooled';
      const outcome = await deps.printPage(wanted === undefined ? {} : { deviceName: wanted });
      return outcome.success ? finish(receipt, { ok: true }) : fail(receipt, 'failed', outcome.failureReason);
    } catch (error) {
      return fail(receipt, 'failed', error instanceof Error ? error.message : 'error');
    } finally {
      printing = false;
    }
  };
  const cancel = (): CancelPrintResult => {
    if (!printing) return { outcome: 'none' };
    if (stage === 'spooled') return { outcome: 'spooled' };
    cancelled = true;
    return { outcome: 'cancelled' };
  };
  return Object.assign(print, { cancel });
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

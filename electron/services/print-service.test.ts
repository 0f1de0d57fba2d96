import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import type { ReceiptPrint } from '../../shared/ipc/receipt-print';
import { memoryJournal } from '../../tests/support/memory-journal';
import { createIpcRouter, exactOriginPredicate } from '../ipc-router';
import { fixedKioskCredential } from './fake-kiosk-credential';
import { kioskRouterWith } from './fake-kiosk-services';
import { createKioskServices } from './kiosk-services';
import {
  createPrintService,
  createRecordingPrintService,
  RECORDED_JOBS_MAX,
  webContentsPrinter,
  type PrintableContents,
  type PrintServiceDeps,
} from './print-service';

const RECEIPT: ReceiptPrint = {
  receiptCode: 'KFAC-9ACD-R',
  procedureId: 'HT-KS',
  procedureName: 'Đăng ký khai sinh',
  submittedAt: '2026-11-23T03:00:00.000Z',
  processingTime: 'Trong ngày làm việc',
};

function fakeDeps(overrides: Partial<PrintServiceDeps> = {}) {
  const printPage = vi.fn<PrintServiceDeps['printPage']>(async () => ({ success: true }));
  const log = vi.fn();
  const deps: PrintServiceDeps = {
    printers: async () => [{ name: 'EPSON TM-T82' }, { name: 'Office A4' }],
    printPage,
    printerName: () => undefined,
    log,
    ...overrides,
  };
  return { deps, printPage, log };
}

describe('createPrintService', () => {
  it('prints to the default printer when none is configured', async () => {
    const { deps, printPage } = fakeDeps();
    await expect(createPrintService(deps)(RECEIPT)).resolves.toEqual({ ok: true });
    expect(printPage).toHaveBeenCalledWith({});
  });

  it('prints to the configured printer by name', async () => {
    const { deps, printPage } = fakeDeps({ printerName: () => 'EPSON TM-T82' });
    await expect(createPrintService(deps)(RECEIPT)).resolves.toEqual({ ok: true });
    expect(printPage).toHaveBeenCalledWith({ deviceName: 'EPSON TM-T82' });
  });

  it('answers no_printer when the OS has no printer, without trying', async () => {
    const { deps, printPage } = fakeDeps({ printers: async () => [] });
    await expect(createPrintService(deps)(RECEIPT)).resolves.toEqual({ ok: false, reason: 'no_printer' });
    expect(printPage).not.toHaveBeenCalled();
  });

  it('answers no_printer when the configured printer is not connected, rather than print elsewhere', async () => {
    const { deps, printPage, log } = fakeDeps({ printerName: () => 'Receipt printer 2' });
    await expect(createPrintService(deps)(RECEIPT)).resolves.toEqual({ ok: false, reason: 'no_printer' });
    expect(printPage).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith({
      level: 'warn',
      event: 'print.receipt',
      data: { procedureId: 'HT-KS', ok: false, reason: 'no_printer', detail: 'configured printer not found' },
    });
  });

  it('answers failed when the printer reports a failure or the call throws', async () => {
    const failing = fakeDeps({
      printPage: async () => ({ success: false, failureReason: 'Print job failed' }),
    });
    await expect(createPrintService(failing.deps)(RECEIPT)).resolves.toEqual({ ok: false, reason: 'failed' });
    const throwing = fakeDeps({ printers: () => Promise.reject(new Error('cups down')) });
    await expect(createPrintService(throwing.deps)(RECEIPT)).resolves.toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('prints one job at a time: a second tap while printing is busy, and the next one works', async () => {
    let finish: (value: { success: boolean }) => void = () => undefined;
    const printPage = vi.fn(() => new Promise<{ success: boolean }>((resolve) => (finish = resolve)));
    const { deps } = fakeDeps({ printPage });
    const print = createPrintService(deps);
    const first = print(RECEIPT);
    await expect(print(RECEIPT)).resolves.toEqual({ ok: false, reason: 'busy' });
    await vi.waitFor(() => expect(printPage).toHaveBeenCalledTimes(1));
    finish({ success: true });
    await expect(first).resolves.toEqual({ ok: true });
    const third = print(RECEIPT);
    await vi.waitFor(() => expect(printPage).toHaveBeenCalledTimes(2));
    finish({ success: true });
    await expect(third).resolves.toEqual({ ok: true });
  });

  it('logs the outcome without the receipt code or any name', async () => {
    const { deps, log } = fakeDeps();
    await createPrintService(deps)(RECEIPT);
    expect(log).toHaveBeenCalledWith({
      level: 'info',
      event: 'print.receipt',
      data: { procedureId: 'HT-KS', ok: true },
    });
    expect(JSON.stringify(log.mock.calls)).not.toContain(RECEIPT.receiptCode);
    expect(JSON.stringify(log.mock.calls)).not.toContain(RECEIPT.procedureName);
  });
});

describe('webContentsPrinter', () => {
  const fakeContents = (success: boolean) => {
    const print = vi.fn<PrintableContents['print']>((_options, callback) =>
      callback(success, success ? '' : 'Print job canceled'),
    );
    const contents: PrintableContents = { getPrintersAsync: async () => [{ name: 'P1' }], print };
    return { contents, print };
  };

  it('prints silently with backgrounds, naming the device only when asked', async () => {
    const { contents, print } = fakeContents(true);
    const printer = webContentsPrinter(() => contents);
    await expect(printer.printers()).resolves.toEqual([{ name: 'P1' }]);
    await expect(printer.printPage({})).resolves.toEqual({ success: true, failureReason: '' });
    await printer.printPage({ deviceName: 'P1' });
    expect(print.mock.calls.map(([options]) => options)).toEqual([
      { silent: true, printBackground: true },
      { silent: true, printBackground: true, deviceName: 'P1' },
    ]);
  });

  it('passes a failure through, and copes with no window yet', async () => {
    const { contents } = fakeContents(false);
    await expect(webContentsPrinter(() => contents).printPage({})).resolves.toEqual({
      success: false,
      failureReason: 'Print job canceled',
    });
    const none = webContentsPrinter(() => undefined);
    await expect(none.printers()).resolves.toEqual([]);
    await expect(none.printPage({})).resolves.toMatchObject({ success: false });
  });
});

describe('createRecordingPrintService (browser shell)', () => {
  it('records each job and answers no_printer unless a printer is configured', async () => {
    const none = createRecordingPrintService();
    await expect(none.print(RECEIPT)).resolves.toEqual({ ok: false, reason: 'no_printer' });
    expect(none.jobs).toEqual([RECEIPT]);
    const available = createRecordingPrintService({ printerAvailable: true });
    await expect(available.print(RECEIPT)).resolves.toEqual({ ok: true });
    expect(available.jobs).toHaveLength(1);
  });

  it('keeps only the latest jobs', async () => {
    const recorder = createRecordingPrintService();
    for (let i = 0; i < RECORDED_JOBS_MAX + 5; i++) await recorder.print(RECEIPT);
    expect(recorder.jobs).toHaveLength(RECORDED_JOBS_MAX);
  });
});

describe('printReceipt through the IPC router', () => {
  const router = (printReceipt?: ReturnType<typeof createPrintService>) =>
    createIpcRouter(
      createKioskServices({
        configPath: '/nowhere.json',
        readFile: () => '{}',
        appendLog: () => undefined,
        version: '1',
        shell: 'electron',
        journal: memoryJournal(),
        credential: fixedKioskCredential(),
        ...(printReceipt ? { printReceipt } : {}),
      }),
      { isTrustedSender: exactOriginPredicate(APP_ORIGIN) },
    );
  const channel = IPC_CONTRACT.printReceipt.channel;

  it('validates the summary and returns the printer outcome', async () => {
    const recorder = createRecordingPrintService({ printerAvailable: true });
    await expect(router(recorder.print).handle(channel, [RECEIPT], APP_ENTRY_URL)).resolves.toEqual({
      ok: true,
    });
    expect(recorder.jobs).toEqual([RECEIPT]);
  });

  it('answers no_printer when the shell has no printer service', async () => {
    await expect(router().handle(channel, [RECEIPT], APP_ENTRY_URL)).resolves.toEqual({
      ok: false,
      reason: 'no_printer',
    });
  });

  it.each([
    ['personal data', { ...RECEIPT, fullName: 'Nguyễn Văn A' }],
    ['a malformed receipt code', { ...RECEIPT, receiptCode: 'not a code' }],
    ['a date that is not ISO', { ...RECEIPT, submittedAt: '23/11/2026' }],
    ['an endless name', { ...RECEIPT, procedureName: 'x'.repeat(201) }],
  ])('refuses a summary with %s before it reaches the printer', async (_what, summary) => {
    const recorder = createRecordingPrintService({ printerAvailable: true });
    await expect(router(recorder.print).handle(channel, [summary], APP_ENTRY_URL)).rejects.toThrow(
      /invalid arguments/,
    );
    expect(recorder.jobs).toEqual([]);
  });

  it('refuses a result outside the contract', async () => {
    const rogue = (async () => ({ ok: false, reason: 'on fire' })) as never;
    await expect(router(rogue).handle(channel, [RECEIPT], APP_ENTRY_URL)).rejects.toThrow(/invalid result/);
  });
});

describe('cancel (end of a resident session)', () => {
  /** A print whose printer lookup and page hand-over wait until the test lets them go. */
  function heldPrint() {
    let printersFound: (list: { name: string }[]) => void = () => undefined;
    let pagePrinted: (value: { success: boolean }) => void = () => undefined;
    const printPage = vi.fn(() => new Promise<{ success: boolean }>((resolve) => (pagePrinted = resolve)));
    const { deps, log } = fakeDeps({
      printers: () => new Promise((resolve) => (printersFound = resolve)),
      printPage,
    });
    const print = createPrintService(deps);
    return {
      print,
      printPage,
      log,
      findPrinters: () => printersFound([{ name: 'EPSON TM-T82' }]),
      finishPage: () => pagePrinted({ success: true }),
    };
  }

  it('has nothing to cancel when no job runs', () => {
    expect(createPrintService(fakeDeps().deps).cancel?.()).toEqual({ outcome: 'none' });
  });

  it('drops a job still looking for its printer, so the next screen is never printed', async () => {
    const held = heldPrint();
    const job = held.print(RECEIPT);
    expect(held.print.cancel?.()).toEqual({ outcome: 'cancelled' });
    held.findPrinters();
    await expect(job).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(held.printPage).not.toHaveBeenCalled();
    expect(held.log).toHaveBeenCalledWith({
      level: 'warn',
      event: 'print.receipt',
      data: { procedureId: 'HT-KS', ok: false, reason: 'failed', detail: 'cancelled: the session ended' },
    });
    expect(held.print.cancel?.()).toEqual({ outcome: 'none' });
  });

  it('says a job already handed to the OS queue is spooled (Electron cannot recall it)', async () => {
    const held = heldPrint();
    const job = held.print(RECEIPT);
    held.findPrinters();
    await vi.waitFor(() => expect(held.printPage).toHaveBeenCalledTimes(1));
    expect(held.print.cancel?.()).toEqual({ outcome: 'spooled' });
    held.finishPage();
    await expect(job).resolves.toEqual({ ok: true });
  });

  it('lets the next resident print after a cancelled job', async () => {
    const { deps, printPage } = fakeDeps();
    const print = createPrintService(deps);
    const first = print(RECEIPT);
    print.cancel?.();
    await expect(first).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(print(RECEIPT)).resolves.toEqual({ ok: true });
    expect(printPage).toHaveBeenCalledTimes(1);
  });

  it('is served through the router, with "none" when the shell has no printer service', async () => {
    const channel = IPC_CONTRACT.cancelPrint.channel;
    await expect(kioskRouterWith().handle(channel, [], APP_ENTRY_URL)).resolves.toEqual({ outcome: 'none' });
    const held = heldPrint();
    const job = held.print(RECEIPT);
    await expect(
      kioskRouterWith({ printReceipt: held.print }).handle(channel, [], APP_ENTRY_URL),
    ).resolves.toEqual({ outcome: 'cancelled' });
    held.findPrinters();
    await expect(job).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(kioskRouterWith().handle(channel, ['now'], APP_ENTRY_URL)).rejects.toThrow(
      /invalid arguments/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PrinterReportSchema } from '../../shared/staff/printer-report';
import { createPrinterStatus, type ListedPrinter } from './printer-status';

// What Electron's getPrintersAsync gives on a CUPS machine (options abridged).
const cups = (name: string, state: string, reasons = 'none'): ListedPrinter => ({
  name,
  options: { 'printer-state': state, 'printer-state-reasons': reasons, 'printer-location': 'Sảnh A' },
});

const status = (printers: readonly ListedPrinter[] | Error, printerName?: string) =>
  createPrinterStatus({
    printers: async () => {
      if (printers instanceof Error) throw printers;
      return printers;
    },
    printerName: () => printerName,
  })();

describe('printer status for the staff screen', () => {
  it("reports the configured printer's CUPS state and first reason", async () => {
    const report = await status(
      [cups('Office', '3'), cups('Receipts-80mm', '5', 'media-empty-error,door-open')],
      'Receipts-80mm',
    );
    expect(report).toEqual({
      printerCount: 2,
      configuredName: 'Receipts-80mm',
      receiptPrinter: { name: 'Receipts-80mm', state: 'stopped', reason: 'media-empty-error' },
    });
    expect(PrinterReportSchema.safeParse(report).success).toBe(true);
  });

  it('says so when the configured printer is not installed', async () => {
    expect(await status([cups('Office', '3')], 'Receipts-80mm')).toEqual({
      printerCount: 1,
      configuredName: 'Receipts-80mm',
      receiptPrinter: null,
    });
  });

  it('counts the printers when receipts go to the system default', async () => {
    expect(await status([cups('A', '3'), cups('B', '4')])).toEqual({
      printerCount: 2,
      configuredName: null,
      receiptPrinter: null,
    });
  });

  it('answers unknown when the OS gives no state (Windows), and nothing odd as a reason', async () => {
    const report = await status(
      [{ name: 'Win', options: { 'printer-state-reasons': '<script>' } }, { name: 'Bare' }],
      'Win',
    );
    expect(report.receiptPrinter).toEqual({ name: 'Win', state: 'unknown', reason: null });
  });

  it('reports no printers when listing them fails', async () => {
    expect(await status(new Error('no window'), 'X')).toEqual({
      printerCount: 0,
      configuredName: 'X',
      receiptPrinter: null,
    });
  });
});

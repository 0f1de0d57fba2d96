import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LogEntry } from '../../shared/ipc/log-entry';
import type { PrinterReport } from '../../shared/staff/printer-report';
import type { RecentLogEntry } from '../../shared/staff/recent-log-entry';
import { loadProvisioningConfig } from '../config-loader';
import { createPrinterStatus, type ListedPrinter } from './printer-status';
import { createRecentLog } from './recent-log';
import { fileLockStore } from './staff-lock-store';
import { createStaffUnlock, type StaffUnlock } from './staff-unlock';

/**
 * What the staff screen needs from the main process, composed the same way for Electron
 * (main.ts) and for the browser stand-in (tools/dev-host), behind the IPC contract.
 */
export interface StaffServices extends StaffUnlock {
  printerStatus(): Promise<PrinterReport>;
  recentLog(limit: number): Promise<RecentLogEntry[]>;
}

export const STAFF_LOCK_FILE = 'staff-lockout.json';

export interface StaffServicesDeps {
  configPath: string;
  readFile: (file: string) => string;
  /** userData in Electron: the lockout file lives here. */
  stateDir: string;
  logsDir: string;
  /** The printers the OS knows (webContents.getPrintersAsync in Electron). */
  printers: () => Promise<readonly ListedPrinter[]>;
  now?: () => number;
  log?: (entry: LogEntry) => void;
}

export function createStaffServices(deps: StaffServicesDeps): StaffServices {
  const config = () => loadProvisioningConfig(deps.configPath, deps.readFile).config;
  const unlock = createStaffUnlock({
    pinHash: () => config()?.staffPinHash,
    store: fileLockStore(path.join(deps.stateDir, STAFF_LOCK_FILE)),
    now: deps.now ?? Date.now,
    ...(deps.log ? { log: deps.log } : {}),
  });
  const printerStatus = createPrinterStatus({
    printers: deps.printers,
    printerName: () => config()?.printerName,
  });
  const recentLog = createRecentLog({
    logsDir: deps.logsDir,
    readText: (file) =>
      readFile(file, 'utf8').catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }),
  });
  return { status: unlock.status, unlock: unlock.unlock, printerStatus, recentLog };
}

import type { AppInfo } from '../../shared/ipc/contract';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { loadProvisioningConfig } from '../config-loader';
import type { IpcHandlers } from '../ipc-router';
import { createAppInfo } from './app-info';
import type { KioskCredential } from './kiosk-credential';
import type { OutboxJournal } from './outbox-journal';
import type { PrintReceipt } from './print-service';
import type { SessionActivityHandler } from './session-activity';
import type { StaffServices } from './staff-services';

/**
 * The handlers behind the IPC contract, composed from injected effects so Electron's
 * main process and the plain-Node test harness serve the renderer identically.
 */
export type KioskServicesDeps = {
  configPath: string;
  readFile: (file: string) => string;
  appendLog: (entry: LogEntry) => Promise<void> | void;
  version: string;
  shell: AppInfo['shell'];
  journal: OutboxJournal;
  /** The receipt printer (print-service.ts). Without one, every job answers 'no_printer'. */
  printReceipt?: PrintReceipt;
  /** Keeps the display awake during a resident session (session-activity.ts). Absent: nothing to do. */
  sessionActivity?: SessionActivityHandler;
  /** The device credential (credential-service.ts): enrolled, stored and renewed here, never in the page. */
  credential: KioskCredential;
  /** Staff assist mode (staff-services.ts). Without it staff mode is off and the health views are empty. */
  staff?: StaffServices;
};

export function createKioskServices(deps: KioskServicesDeps): IpcHandlers {
  const appInfo = createAppInfo({ version: deps.version, shell: deps.shell });
  return {
    // Read on every call: after IT fixes the file, the error screen's retry works without a restart.
    getConfig: () => loadProvisioningConfig(deps.configPath, deps.readFile).result,
    getAppInfo: () => appInfo,
    log: async (entry) => {
      await deps.appendLog(entry);
      return null;
    },
    journalWrite: async (entry) => {
      await deps.journal.write(entry);
      return null;
    },
    journalRemove: async (ids) => {
      await deps.journal.remove(ids);
      return null;
    },
    journalIds: () => deps.journal.ids(),
    journalRead: (id) => deps.journal.read(id),
    printReceipt: (receipt) => deps.printReceipt?.(receipt) ?? { ok: false, reason: 'no_printer' },
    cancelPrint: () => deps.printReceipt?.cancel?.() ?? { outcome: 'none' },
    sessionActivity: (activity) => {
      deps.sessionActivity?.(activity);
      return null;
    },
    getCredential: () => deps.credential.status(),
    renewCredential: (rejected) => deps.credential.renew(rejected),
    staffUnlockStatus: () => deps.staff?.status() ?? { status: 'not_configured' },
    staffUnlock: (pin) => deps.staff?.unlock(pin) ?? { status: 'not_configured' },
    printerStatus: () =>
      deps.staff?.printerStatus() ?? { printerCount: 0, configuredName: null, receiptPrinter: null },
    recentLog: (limit) => deps.staff?.recentLog(limit) ?? [],
  };
}

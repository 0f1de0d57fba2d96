import type { AppInfo } from '../../shared/ipc/contract';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { loadProvisioningConfig } from '../config-loader';
import type { IpcHandlers } from '../ipc-router';
import { createAppInfo } from './app-info';
import type { OutboxJournal } from './outbox-journal';
import type { PrintReceipt } from './print-service';

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
  };
}

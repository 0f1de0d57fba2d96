import { z } from 'zod';
import { CredentialSchema, CredentialStatusSchema } from '../api/kiosk-auth';
import { ConfigResultSchema } from '../config/provisioning-config';
import { LogEntrySchema } from './log-entry';
import { JOURNAL_REMOVE_MAX, JournalEntrySchema, JournalIdSchema } from '../outbox/journal-entry';
import { PrintResultSchema, ReceiptPrintSchema } from './receipt-print';
import { CancelPrintResultSchema, SessionActivitySchema } from '../session/session-ipc';
import { PrinterReportSchema } from '../staff/printer-report';
import { RECENT_LOG_MAX, RecentLogEntrySchema } from '../staff/recent-log-entry';
import { StaffPinSchema, StaffUnlockResultSchema, StaffUnlockStatusSchema } from '../staff/staff-unlock';

/**
 * Every call between the renderer and the main process, in one place: the channel,
 * the zod schema of its arguments and of its result. The preload exposes exactly
 * these methods; the main process validates every argument with the same schemas.
 */
export const AppInfoSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const IPC_CONTRACT = {
  getConfig: { channel: 'kiosk:get-config', args: z.tuple([]), result: ConfigResultSchema },
  getAppInfo: { channel: 'kiosk:get-app-info', args: z.tuple([]), result: AppInfoSchema },
  log: { channel: 'kiosk:log', args: z.tuple([LogEntrySchema]), result: z.null() },
  // The outbox's write-ahead journal (see shared/outbox/journal-entry.ts).
  journalWrite: { channel: 'kiosk:journal-write', args: z.tuple([JournalEntrySchema]), result: z.null() },
  journalRemove: {
    channel: 'kiosk:journal-remove',
    args: z.tuple([z.array(JournalIdSchema).max(JOURNAL_REMOVE_MAX)]),
    result: z.null(),
  },
  journalIds: { channel: 'kiosk:journal-ids', args: z.tuple([]), result: z.array(JournalIdSchema) },
  journalRead: {
    channel: 'kiosk:journal-read',
    args: z.tuple([JournalIdSchema]),
    result: JournalEntrySchema.nullable(),
  },
  // Prints the page on screen (the receipt) silently; see electron/services/print-service.ts.
  printReceipt: {
    channel: 'kiosk:print-receipt',
    args: z.tuple([ReceiptPrintSchema]),
    result: PrintResultSchema,
  },
  // End of a resident session: drop a print job that has not reached the printer yet.
  cancelPrint: { channel: 'kiosk:cancel-print', args: z.tuple([]), result: CancelPrintResultSchema },
  // A resident session began or ended: the main process keeps the display awake only during one.
  sessionActivity: {
    channel: 'kiosk:session-activity',
    args: z.tuple([SessionActivitySchema]),
    result: z.null(),
  },
  // The kiosk's device credential: the main process enrols, stores and renews it; the renderer
  // only puts it on its requests (electron/services/kiosk-credential.ts).
  getCredential: { channel: 'kiosk:get-credential', args: z.tuple([]), result: CredentialStatusSchema },
  // After a 401: the credential the city refused (null if none was sent), so a renewal already
  // made by another caller is answered from storage instead of enrolling again.
  renewCredential: {
    channel: 'kiosk:renew-credential',
    args: z.tuple([CredentialSchema.nullable()]),
    result: CredentialStatusSchema,
  },
  // Staff assist mode (renderer/features/staff): the PIN is checked against the provisioning
  // file's hash in the main process, which also keeps the lockout (electron/services/staff-unlock.ts).
  staffUnlockStatus: {
    channel: 'kiosk:staff-unlock-status',
    args: z.tuple([]),
    result: StaffUnlockStatusSchema,
  },
  staffUnlock: {
    channel: 'kiosk:staff-unlock',
    args: z.tuple([StaffPinSchema]),
    result: StaffUnlockResultSchema,
  },
  // The staff screen's device health: the receipt printer, and the tail of the structured log.
  printerStatus: { channel: 'kiosk:printer-status', args: z.tuple([]), result: PrinterReportSchema },
  recentLog: {
    channel: 'kiosk:recent-log',
    args: z.tuple([z.number().int().min(1).max(RECENT_LOG_MAX)]),
    result: z.array(RecentLogEntrySchema).max(RECENT_LOG_MAX),
  },
} as const;

export type IpcContract = typeof IPC_CONTRACT;
export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = z.input<IpcContract[M]['args']>;
export type IpcResult<M extends IpcMethod> = z.output<IpcContract[M]['result']>;

/** What the renderer sees on `window.kiosk`. */
export type KioskBridge = { [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<M>> };

/** The global name the preload (or a test harness) installs the bridge under. */
export const BRIDGE_GLOBAL = 'kiosk';

export const IPC_METHODS = Object.keys(IPC_CONTRACT) as IpcMethod[];
export const IPC_CHANNELS: ReadonlySet<string> = new Set(IPC_METHODS.map((m) => IPC_CONTRACT[m].channel));

import { z } from 'zod';
import { ConfigResultSchema } from '../config/provisioning-config';
import { LogEntrySchema } from './log-entry';
import { JOURNAL_REMOVE_MAX, JournalEntrySchema, JournalIdSchema } from '../outbox/journal-entry';
import { PrintResultSchema, ReceiptPrintSchema } from './receipt-print';

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

import type { SubmissionRequest } from '../../shared/api/city-api';
import type { AttachmentMeta } from '../../shared/api/sealed-payload';
import { decodeBase64, encodeBase64 } from '../../shared/encoding/base64';
import type { KioskBridge } from '../../shared/ipc/contract';
import { JOURNAL_REMOVE_MAX, type JournalEntry } from '../../shared/outbox/journal-entry';

/**
 * The outbox's second copy of every queued submission, kept by the main process
 * (electron/services/outbox-journal.ts) outside Chromium's storage. The outbox
 * writes it beside each enqueue, forgets delivered ones, and restores from it
 * whatever IndexedDB lost (see Outbox.reconcileJournal).
 */
export interface OutboxJournalPort {
  write(entry: JournalEntry): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  ids(): Promise<string[]>;
  read(id: string): Promise<JournalEntry | null>;
}

export function bridgeJournal(bridge: KioskBridge): OutboxJournalPort {
  return {
    write: async (entry) => void (await bridge.journalWrite(entry)),
    remove: async (ids) => {
      for (let start = 0; start < ids.length; start += JOURNAL_REMOVE_MAX) {
        await bridge.journalRemove(ids.slice(start, start + JOURNAL_REMOVE_MAX));
      }
    },
    ids: () => bridge.journalIds(),
    read: (id) => bridge.journalRead(id),
  };
}

export type SealedAttachment = { meta: AttachmentMeta; blob: Blob };

export async function toJournalEntry(
  request: SubmissionRequest,
  createdAt: number,
  attachments: readonly SealedAttachment[],
): Promise<JournalEntry> {
  return {
    request,
    createdAt,
    attachments: await Promise.all(
      attachments.map(async ({ meta, blob }) => ({
        attachmentId: meta.id,
        sealedBase64: await blobToBase64(blob),
      })),
    ),
  };
}

/**
 * The engine's own base64 (Uint8Array.prototype.toBase64, in Chromium since 140) where
 * there is one: it is native and an order of magnitude faster than the portable encoder
 * for photo-sized blobs, which matters because the journal write sits on the path to the
 * resident's receipt. The portable encoder covers older engines and Node-based tests.
 */
async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer()) as Uint8Array & { toBase64?: () => string };
  return typeof bytes.toBase64 === 'function' ? bytes.toBase64() : encodeBase64(bytes);
}

/** The sealed attachments of a journal entry, in the request's order; null if any is unusable. */
export function attachmentsOf(entry: JournalEntry): SealedAttachment[] | null {
  const restored: SealedAttachment[] = [];
  for (const meta of entry.request.attachments) {
    const stored = entry.attachments.find((a) => a.attachmentId === meta.id);
    const bytes = stored ? decodeBase64(stored.sealedBase64) : null;
    if (!bytes || bytes.length !== meta.size) return null;
    restored.push({
      meta,
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
    });
  }
  return restored;
}

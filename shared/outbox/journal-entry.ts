import { z } from 'zod';
import { SubmissionRequestSchema } from '../api/city-api';
import { Base64Schema } from '../api/sealed-payload';

/**
 * A queued submission as the main process's write-ahead journal keeps it: the exact
 * sealed request and the encrypted attachment bytes (base64, because the entry crosses
 * IPC and HTTP as JSON). Nothing here is readable without the city's private key.
 *
 * Why a second copy outside IndexedDB: Chromium deletes and recreates an origin's
 * IndexedDB when it finds the backing store corrupt — observed after repeated
 * SIGKILLs in the long chaos run, and reported for full disks and app updates
 * (research/offline-sync-anchors.md (d)7). A receipt must survive that.
 */
export const JournalAttachmentSchema = z
  .object({
    attachmentId: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The AES-GCM ciphertext + tag, exactly the bytes the outbox stores and the city receives. */
    sealedBase64: Base64Schema.max(28_000_000),
  })
  .strict();

export const JournalEntrySchema = z
  .object({
    request: SubmissionRequestSchema,
    /** Kiosk clock when it was queued, so a restored entry keeps its place in the queue. */
    createdAt: z.number().int().nonnegative(),
    attachments: z.array(JournalAttachmentSchema).max(20),
  })
  .strict();
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** Journal entries are named by submission id (a UUID), which also keeps file names safe. */
export const JournalIdSchema = z.uuid();
/** At most this many ids per remove call (a delivered batch is far smaller). */
export const JOURNAL_REMOVE_MAX = 1000;

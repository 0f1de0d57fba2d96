import { z } from 'zod';
import { CredentialStorageSchema, KioskIdSchema } from './kiosk-auth';

/**
 * What a kiosk reports about itself every few minutes (POST /v1/heartbeats), so
 * the city sees a silent or struggling kiosk before residents do. Strict: only
 * counts, ages, versions and states — never anything a resident typed.
 */
const Count = z.number().int().min(0);
const Bytes = z.number().int().min(0).nullable();
const Timestamp = z.iso.datetime({ offset: true });

/** Kinds of trouble counted between two heartbeats (see renderer/sync/error-tally.ts). */
export const HEARTBEAT_ERROR_KINDS = [
  'network',
  'timeout',
  'server_error',
  'rate_limited',
  'unauthorized',
  'rejected',
  'journal_failed',
  'catalog_rejected',
  'sync_failed',
] as const;
export const HeartbeatErrorKindSchema = z.enum(HEARTBEAT_ERROR_KINDS);
export type HeartbeatErrorKind = z.infer<typeof HeartbeatErrorKindSchema>;

export const HeartbeatSchema = z.strictObject({
  kioskId: KioskIdSchema,
  wardCode: z.string().regex(/^[0-9]{5}$/),
  appVersion: z.string().min(1).max(64),
  shell: z.enum(['electron', 'browser']),
  sentAt: Timestamp,
  /** How often this kiosk beats, so the city can tell "late" from "gone". */
  intervalSeconds: z.number().int().min(30).max(86_400),
  queue: z.strictObject({
    /** Submissions waiting to be delivered (queued or being sent). */
    waiting: Count,
    /** Submissions the city refused; they need staff attention. */
    rejected: Count,
    oldestWaitingAgeSeconds: Count.nullable(),
  }),
  /** Last time the kiosk reached the city successfully; null if never since it started. */
  lastSyncAt: Timestamp.nullable(),
  connectivity: z.enum(['unknown', 'online', 'offline']),
  /** navigator.storage.estimate() for the kiosk's origin; null where the browser does not say. */
  storage: z.strictObject({ usageBytes: Bytes, quotaBytes: Bytes, freeBytes: Bytes }),
  errors: z.strictObject({
    since: Timestamp,
    counts: z.partialRecord(HeartbeatErrorKindSchema, Count),
  }),
  credentialStorage: CredentialStorageSchema,
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

export const HeartbeatAcceptedSchema = z.object({ receivedAt: Timestamp });
export type HeartbeatAccepted = z.infer<typeof HeartbeatAcceptedSchema>;

import type { SubmissionRequest } from '../../shared/api/city-api';
import type { OutboxState } from '../../shared/outbox/outbox-state';

/**
 * One submission in the outbox. Everything here is metadata without personal
 * data, except `request.sealed`, which only the city can open. Kiosk-local times
 * are epoch milliseconds from the kiosk clock; `serverReceivedAt` is the city's
 * own timestamp, kept separately because the kiosk clock may drift offline.
 */
export interface OutboxRecord {
  /** The kiosk-generated submission id; also the Idempotency-Key. */
  id: string;
  receiptCode: string;
  procedureId: string;
  procedureVersion: number;
  state: OutboxState;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** A machine-readable reason for the last failed attempt (never personal data). */
  lastError?: string;
  /**
   * The exact request body, so every retry sends identical bytes for the same key.
   * Removed (purged) once the city has acknowledged the whole submission.
   */
  request?: SubmissionRequest;
  /** Attachment count and total encrypted bytes, kept after the purge for staff and audits. */
  attachmentCount: number;
  payloadBytes: number;
  /**
   * Set on version-1 submissions sealed after the upgrade: their body changed under
   * the same key, so a 422 "key reused" means the city already has the original.
   */
  resealedAt?: number;
  /** When the city accepted the POST (attachments may still be uploading). */
  acceptedAt?: number;
  deliveredAt?: number;
  purgedAt?: number;
  serverReceivedAt?: string;
  /** National portal status code 1–10 once the city has it. */
  dossierStatus?: number;
  dossierCode?: string | null;
  statusCheckedAt?: number;
}

/** An encrypted attachment and how much of it the city has acknowledged. */
export interface OutboxAttachment {
  /** `${submissionId}/${attachmentId}` */
  key: string;
  submissionId: string;
  attachmentId: string;
  /** AES-GCM ciphertext + tag; exactly the bytes the city receives. */
  blob: Blob;
  size: number;
  /** Bytes the city has confirmed; an interrupted upload resumes here. */
  uploadedOffset: number;
  complete: boolean;
}

/** The last good catalog from the city, with the ETag it came with. */
export interface StoredCatalog {
  id: 'current';
  etag: string | null;
  version: string;
  catalog: unknown;
  fetchedAt: number;
}

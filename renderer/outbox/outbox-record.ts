import type { SubmissionRequest } from '../../shared/api/city-api';
import type { OutboxState } from '../../shared/outbox/outbox-state';

/**
 * One submission in the outbox. Kiosk-local times are epoch milliseconds from the
 * kiosk clock; `serverReceivedAt` is the city's own timestamp, kept separately
 * because the kiosk clock may drift while offline.
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
  /** The exact request body, so every retry sends identical bytes for the same key. */
  request: SubmissionRequest;
  deliveredAt?: number;
  serverReceivedAt?: string;
  /** National portal status code 1–10 once the city has it. */
  dossierStatus?: number;
  dossierCode?: string | null;
  statusCheckedAt?: number;
}

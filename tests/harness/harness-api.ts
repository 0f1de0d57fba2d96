import type { OutboxState } from '../../shared/outbox/outbox-state';

/** What the outbox harness page exposes as `window.__harness` (a promise of it). */
export interface HarnessReceipt {
  submissionId: string;
  receiptCode: string;
  /** SHA-256 of the sealed content's plaintext, as the city computes it after decrypting. */
  payloadSha256: string;
  /** SHA-256 of each photo's original bytes, in attachment order. */
  photoSha256: string[];
}

export interface HarnessApi {
  enqueue(
    count: number,
    opts: { photos: number; photoBytes: number; namePrefix?: string },
  ): Promise<HarnessReceipt[]>;
  counts(): Promise<Record<OutboxState, number>>;
  kick(): void;
  connectivityRestored(): Promise<void>;
  checkStorage(): Promise<'ok' | 'full'>;
}

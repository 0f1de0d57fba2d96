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

  // Benchmarks (bench/workloads/enqueue.ts and drain.ts). Timings come from performance.now()
  // inside the page, which is coarsened to 100 µs here (the page is not cross-origin isolated).

  /** Stops the sync engine for the rest of this page's life, after the pass in flight. */
  stopSync(): Promise<void>;
  /**
   * Seals and enqueues one submission through the real path (buildSubmission →
   * outbox.enqueue, strict durability) without waking the sync engine; the photo
   * bytes are generated before the clock starts.
   */
  timeEnqueue(opts: { photos: number; photoBytes: number }): Promise<EnqueueTiming>;
  /**
   * The floor for timeEnqueue: one raw IndexedDB readwrite transaction (`durability:
   * 'strict'`, its own database on this origin, the outbox's object stores and indexes)
   * putting a small record and `photos` blobs of the size the outbox stores
   * (photoBytes + the 16-byte GCM tag), timed until `complete`.
   */
  timeRawPut(opts: { photos: number; photoBytes: number }): Promise<RawPutTiming>;
  /** Queues `count` sealed submissions without waking the sync engine (after its start-up pass). */
  queueWithoutSync(count: number, opts: { photos: number; photoBytes: number }): Promise<string[]>;
  /** The exact POST bodies the engine will send for these queued submissions (read from the outbox). */
  queuedRequests(ids: readonly string[]): Promise<PreparedRequest[]>;
  /** Wakes the sync engine and times it until its pass is over; the queue should then be empty. */
  timeDrain(): Promise<{ ms: number; counts: Record<OutboxState, number> }>;
  /** The floor for timeDrain: raw fetch POSTs of `requests` to the city API, `concurrency` at a time. */
  timeRawPosts(requests: readonly PreparedRequest[], concurrency: number): Promise<RawPostTiming>;
}

export interface EnqueueTiming {
  /** Seal + enqueue, until the strict transaction committed. */
  totalMs: number;
  /** buildSubmission (WebCrypto sealing of answers and photos). */
  sealMs: number;
  /** outbox.enqueue until its transaction committed. */
  writeMs: number;
  /** From the same start until the journal copy (main process, over the test bridge) is on disk. */
  journalMs: number;
  /** Blob bytes written. */
  bytes: number;
}

export interface RawPutTiming {
  /** Blobs made from the bytes + the transaction, until `complete`. */
  totalMs: number;
  /** Making the three blobs (ours makes its ciphertext blobs while sealing). */
  blobMs: number;
  /** The transaction alone, until `complete`. */
  writeMs: number;
  bytes: number;
}

export interface PreparedRequest {
  /** The Idempotency-Key (= submissionId). */
  key: string;
  /** JSON body, byte for byte what the city API client sends. */
  body: string;
}

export interface RawPostTiming {
  ms: number;
  /** Responses by HTTP status ('error' for a fetch that threw). */
  statuses: Record<string, number>;
}

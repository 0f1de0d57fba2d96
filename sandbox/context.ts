/**
 * What the route modules share: the store, the attachment files, the city key,
 * the served catalog, the faults, the keys in flight, counters for the admin
 * view, and the server clock.
 */
import type { AttachmentFiles } from './attachment-files';
import type { CatalogState } from './catalog-state';
import type { CityKey } from './city-key';
import type { FaultState } from './faults';
import type { InFlightKeys } from './idempotency';
import type { SubmissionStore } from './store';

export interface Counters {
  /** Every POST /v1/submissions that reached the server, including ones a fault then dropped. */
  received: number;
  /** Same key, same body: the stored result was returned again. */
  replays: number;
  /** Same key, different body (422 idempotency_key_reused). */
  conflicts: number;
  /** Answered 409 request_in_progress. */
  inProgress: number;
  /** Every PUT of an attachment chunk that reached the server, including ones a fault then dropped. */
  attachmentPuts: number;
  /** Answered 409 offset_mismatch. */
  offsetMismatches: number;
  /** Completed uploads whose bytes did not match the declared sha256 (422, reset to 0). */
  hashMismatches: number;
}

export interface SandboxContext {
  store: SubmissionStore;
  files: AttachmentFiles;
  cityKey: CityKey;
  catalog: CatalogState;
  faults: FaultState;
  inFlight: InFlightKeys;
  counters: Counters;
  now: () => Date;
  /** Aborted when the server closes, so held and delayed requests let go at once. */
  closing: AbortSignal;
}

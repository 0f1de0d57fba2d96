/**
 * What the route modules share: the store, the served catalog, the faults, the
 * keys in flight, counters for the admin view, and the server clock.
 */
import type { CatalogState } from './catalog-state';
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
}

export interface SandboxContext {
  store: SubmissionStore;
  catalog: CatalogState;
  faults: FaultState;
  inFlight: InFlightKeys;
  counters: Counters;
  now: () => Date;
  /** Aborted when the server closes, so held and delayed requests let go at once. */
  closing: AbortSignal;
}

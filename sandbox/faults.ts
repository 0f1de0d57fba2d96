/**
 * Switchable faults for the /v1 routes (testing.md, "Faults, not just happy
 * paths"): error rate, latency, connection resets, timeouts and "commit then
 * drop the response". A seeded PRNG makes a faulty run repeatable.
 */
import { mulberry32 } from '../shared/random/mulberry32';

import { z } from 'zod';

/** Re-exported: the seeded PRNG lives in shared/. */
export { mulberry32 };

const Rate = z.number().min(0).max(1);
/** Longest a request is held by the timeout fault: long enough for any client timeout, short enough not to hang CI. */
export const MAX_HOLD_MS = 30_000;

export const FaultConfigSchema = z.strictObject({
  /** Answer 503 (with Retry-After) before processing. */
  errorRate: Rate.optional(),
  /** Delay before answering, fixed or uniformly drawn from [min, max]. */
  latencyMs: z
    .union([
      z.number().int().min(0).max(60_000),
      z
        .tuple([z.number().int().min(0).max(60_000), z.number().int().min(0).max(60_000)])
        .refine(([min, max]) => min <= max, 'latencyMs: min must not exceed max'),
    ])
    .optional(),
  /** Reset the connection (TCP RST) before processing. */
  resetRate: Rate.optional(),
  /**
   * POST /v1/submissions and PUT of an attachment chunk only: commit (store the
   * submission / append the chunk), then drop the connection without answering.
   */
  commitThenDropRate: Rate.optional(),
  /** Hold the request unanswered until the client gives up (or holdMs passes), then drop it. */
  timeoutRate: Rate.optional(),
  holdMs: z.number().int().min(0).max(MAX_HOLD_MS).optional(),
  /** Retry-After sent with 503s, in seconds. */
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  /** Seed for the PRNG; without it the run is not repeatable. */
  seed: z.number().int().optional(),
});

export type FaultConfig = z.infer<typeof FaultConfigSchema>;

/** What happens to one request, drawn when it arrives. */
export interface FaultPlan {
  latencyMs: number;
  error: boolean;
  reset: boolean;
  timeout: boolean;
  commitThenDrop: boolean;
}

export const NO_FAULTS: FaultPlan = {
  latencyMs: 0,
  error: false,
  reset: false,
  timeout: false,
  commitThenDrop: false,
};

export class FaultState {
  #config: FaultConfig = {};
  #random: () => number = mulberry32(Date.now());

  get config(): FaultConfig {
    return this.#config;
  }

  /** Replaces the whole configuration (fields left out mean "off"), so a test never inherits a stale fault. */
  set(config: FaultConfig): void {
    this.#config = config;
    this.#random = mulberry32(config.seed ?? Math.floor(Math.random() * 2 ** 32));
  }

  reset(): void {
    this.set({});
  }

  get retryAfterSeconds(): number {
    return this.#config.retryAfterSeconds ?? 1;
  }

  get holdMs(): number {
    return this.#config.holdMs ?? MAX_HOLD_MS;
  }

  /**
   * Draws the fate of one request. Always five draws in the same order, whatever
   * is switched on, so a seed gives the same sequence of outcomes run after run.
   * The faults are checked in order error → reset → timeout, so at most one of
   * them applies; commit-then-drop applies only when the request gets through.
   */
  plan(): FaultPlan {
    const c = this.#config;
    const [rLatency, rError, rReset, rTimeout, rDrop] = [1, 2, 3, 4, 5].map(() => this.#random()) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const latency = c.latencyMs ?? 0;
    const latencyMs = Array.isArray(latency)
      ? Math.round(latency[0] + rLatency * (latency[1] - latency[0]))
      : latency;
    const error = rError < (c.errorRate ?? 0);
    const reset = !error && rReset < (c.resetRate ?? 0);
    const timeout = !error && !reset && rTimeout < (c.timeoutRate ?? 0);
    const commitThenDrop = !error && !reset && !timeout && rDrop < (c.commitThenDropRate ?? 0);
    return { latencyMs, error, reset, timeout, commitThenDrop };
  }
}

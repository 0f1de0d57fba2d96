/**
 * Catch-up pacing: what one kiosk does across a failure streak so that a whole
 * fleet coming back from a city-wide outage does not stampede the city API.
 *
 * Full-jitter backoff (./backoff) alone is not enough, for two reasons the fleet
 * simulation (bench/fleet-reconnect.ts) makes visible:
 *
 * 1. During the outage. Each queued record retries on its own timer, and every
 *    failed attempt still reaches the city's load balancer. A kiosk holding a
 *    dozen records, each ramping 1 s, 2 s, 4 s … up to the 5-minute cap, sends
 *    far more requests than it would in normal operation. So while a streak
 *    lasts, the kiosk backs off as one unit: one probe at a time (the oldest
 *    record). After `quickRetries` it sends at most about one request per
 *    `probeGapMs` (see {@link streakRetryDelayMs}). New submissions wait in the
 *    outbox for the next probe rather than each making an attempt of its own.
 * 2. After the outage. Once a probe succeeds, everything queued is due, and
 *    draining it back to back multiplies the kiosk's normal rate by its whole
 *    backlog. The kiosk instead spreads the backlog it had at that moment over
 *    a window proportional to how long it was cut off. With windowFactor 1 the
 *    backlog (≈ its own submission rate × the outage) goes out at about its
 *    own normal rate again, so the fleet stays near 2× steady state however
 *    busy each kiosk is (see {@link catchUpSpacingMs}). Submissions made after
 *    the recovery are not part of that backlog and go out immediately, so a
 *    resident standing at the kiosk never waits behind the catch-up.
 *
 * With no failure, none of this applies: outage 0 → spacing 0.
 *
 * Everything here is a pure function of its inputs (no clock, no state, no I/O).
 * The sync engine keeps the streak and catch-up state and supplies `random`.
 */
export interface CatchUpPolicy {
  /** Catch-up window = outage × windowFactor, before the cap. */
  windowFactor: number;
  /** Cap on the catch-up window. Outages longer than maxWindowMs / windowFactor drain faster than 2× (see below). */
  maxWindowMs: number;
  /** Each catch-up gap is mean × (1 − jitter + 2·jitter·random), so kiosks that recovered together do not stay aligned. Must be in [0, 1]. */
  jitter: number;
  /** The first `quickRetries` retries of a streak follow the backoff alone, so a brief glitch clears in seconds. */
  quickRetries: number;
  /** Later retries wait at least probeGapMs × (0.5 + random): at most ~one failed request per probeGapMs per kiosk. */
  probeGapMs: number;
  /** After the browser's 'online' event the next probe goes out uniformly within min(outage so far, this), not at once. */
  reconnectSpreadMs: number;
}

/**
 * Defaults, chosen with bench/fleet-reconnect.ts (5,000 kiosks, one submission
 * per kiosk per 10 min, one-hour outage):
 * - windowFactor 1: the backlog drains in about as long as the outage lasted.
 *   Per kiosk, the catch-up adds ≈ its own normal rate on top of new
 *   submissions, so the fleet peaks at ≈ 2× steady state.
 * - maxWindowMs 4 h: an outage lasting a whole working day (8 h) still drains
 *   within the afternoon, at ≈ 3× steady state.
 * - probeGapMs 5 min: a kiosk sends ~one failed request per 5 min during an
 *   outage, about 2× its normal rate of one submission per 10 min. The price
 *   is that a kiosk notices the end of the outage 0–7.5 min late.
 * - quickRetries 1: one fast retry (within 1 s) for glitches. More quick retries
 *   raise the fleet's failed-request rate as soon as an outage starts.
 */
export const DEFAULT_CATCH_UP: CatchUpPolicy = {
  windowFactor: 1,
  maxWindowMs: 4 * 60 * 60_000,
  jitter: 0.5,
  quickRetries: 1,
  probeGapMs: 5 * 60_000,
  reconnectSpreadMs: 5 * 60_000,
};

export interface CatchUpInput {
  /**
   * How long the kiosk was cut off: from the first failed attempt of the streak
   * to the success that ended it. If that streak began while an earlier
   * catch-up was still running, measure from the first failure of the streak
   * that started that catch-up. The leftover backlog then keeps its slow pace
   * instead of being flushed after a short glitch.
   */
  outageMs: number;
  /** Submissions still queued when the streak ended, not counting the one whose success ended it. */
  backlog: number;
  /** How many of those backlog submissions this catch-up has delivered so far (0 before the first). */
  sent: number;
  random: () => number;
  policy?: CatchUpPolicy;
}

/** Safe values for untrusted inputs: NaN, ±Infinity and negative numbers become 0; random() is kept in [0, 1). */
function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function unit(random: () => number): number {
  const r = random();
  return Number.isFinite(r) ? Math.min(Math.max(r, 0), 1 - Number.EPSILON) : 0.5;
}

/** The catch-up window for an outage of `outageMs`: outage × windowFactor, capped at maxWindowMs. */
export function catchUpWindowMs(outageMs: number, policy: CatchUpPolicy = DEFAULT_CATCH_UP): number {
  return Math.min(nonNegative(policy.maxWindowMs), nonNegative(outageMs) * nonNegative(policy.windowFactor));
}

/**
 * How long to wait before sending the next backlog submission of a catch-up,
 * counted from the previous backlog delivery (for the first one, from the
 * success that ended the streak). Whole milliseconds.
 *
 * The mean gap is window / backlog. Before the first submission
 * (`sent === 0`) the wait is uniform in [0, mean gap). This random offset
 * staggers kiosks that recovered at the same moment, and a kiosk with a
 * single queued submission waits half a window on average, not a whole one.
 * After that, each gap is the mean ± jitter. The backlog therefore goes out in
 * about one window, and new submissions neither lengthen it nor wait behind
 * it.
 *
 * 0 when there was no outage or no backlog. Never negative, never NaN.
 * Non-decreasing in outageMs. At most maxWindowMs × (1 + jitter).
 */
export function catchUpSpacingMs({
  outageMs,
  backlog,
  sent,
  random,
  policy = DEFAULT_CATCH_UP,
}: CatchUpInput): number {
  const count = Math.floor(nonNegative(backlog));
  if (count === 0) return 0;
  const meanGap = catchUpWindowMs(outageMs, policy) / count;
  if (meanGap === 0) return 0;
  const r = unit(random);
  if (nonNegative(sent) === 0) return Math.floor(meanGap * r);
  const jitter = Math.min(nonNegative(policy.jitter), 1);
  return Math.floor(meanGap * (1 - jitter + 2 * jitter * r));
}

export interface StreakRetryInput {
  /** Failed attempts in this streak before the one that just failed (0 after the first failure). */
  streakAttempts: number;
  /** The backoff module's delay for this attempt: nextRetryDelay(streakAttempts, policy, random, retryAfterMs). */
  backoffDelayMs: number;
  random: () => number;
  policy?: CatchUpPolicy;
}

/**
 * How long the whole kiosk waits after a failed attempt before it sends
 * anything again (its next probe). The first `quickRetries` retries use the
 * backoff delay as is. Later ones wait at least probeGapMs × (0.5 + random),
 * which puts a ceiling on how many failed requests a kiosk adds to an outage.
 * The backoff delay still wins when it is longer, for example a server's
 * Retry-After. Whole milliseconds, never negative.
 */
export function streakRetryDelayMs({
  streakAttempts,
  backoffDelayMs,
  random,
  policy = DEFAULT_CATCH_UP,
}: StreakRetryInput): number {
  const backoff = Math.floor(nonNegative(backoffDelayMs));
  if (nonNegative(streakAttempts) < policy.quickRetries) return backoff;
  return Math.max(backoff, Math.floor(nonNegative(policy.probeGapMs) * (0.5 + unit(random))));
}

export interface ReconnectInput {
  /** Time since the streak's first failed attempt. */
  outageMs: number;
  random: () => number;
  policy?: CatchUpPolicy;
}

/**
 * When the browser reports the network is back ('online'), wait this long
 * before the next probe. Do not make every queued record due at once. A
 * city-wide link failure ends for every kiosk in the same second, so each one
 * picks a uniformly random moment in [0, min(outage so far, reconnectSpreadMs)).
 * After a brief local drop this is short. Whole milliseconds.
 */
export function reconnectProbeDelayMs({
  outageMs,
  random,
  policy = DEFAULT_CATCH_UP,
}: ReconnectInput): number {
  return Math.floor(unit(random) * Math.min(nonNegative(outageMs), nonNegative(policy.reconnectSpreadMs)));
}

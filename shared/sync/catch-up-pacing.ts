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
 *    far more requests than it would in normal operation (≈ 33× steady state
 *    across the fleet). So while a streak lasts, the kiosk backs off as one
 *    unit: one probe at a time (the oldest record). After `quickRetries` it
 *    waits an exponential time with mean ≈ `probeGapMs` between probes (see
 *    {@link streakRetryDelayMs}). New submissions wait in the outbox for the
 *    next probe rather than each making an attempt of its own.
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
 * The probe waits are memoryless on purpose. When the outage ends, the kiosks
 * still cut off keep probing as a Poisson stream whose rate falls as fast as
 * the recovered kiosks' catch-up rises, so the two do not stack. With a
 * uniform wait they did stack (3.3–3.7× instead of ≈ 2.5×).
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
  /** Later retries wait probeGapMs × an exponential truncated below 4 (mean ≈ 0.93 × probeGapMs), or the backoff if longer. */
  probeGapMs: number;
  /** After the browser's 'online' event the next probe waits an exponential with mean ≈ min(outage so far, this). */
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
 * - probeGapMs 6 min: a kiosk sends ~one failed request per 5.6 min during an
 *   outage (the truncated exponential's mean is 0.93 × probeGapMs), ≈ 1.8× its
 *   normal rate of one submission per 10 min. The price is that a kiosk
 *   notices the end of the outage ≈ 5.6 min late on average, 24 min at most.
 * - quickRetries 1: one fast retry (within 1 s) for glitches. More quick retries
 *   raise the fleet's failed-request rate as soon as an outage starts.
 */
export const DEFAULT_CATCH_UP: CatchUpPolicy = {
  windowFactor: 1,
  maxWindowMs: 4 * 60 * 60_000,
  jitter: 0.5,
  quickRetries: 1,
  probeGapMs: 6 * 60_000,
  reconnectSpreadMs: 6 * 60_000,
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

/** Longest exponential wait, in means. Truncating (not clamping) avoids a pile-up of kiosks at exactly the cap. */
const EXP_TRUNCATE = 4;

/**
 * A unit-mean exponential truncated to [0, 4): memoryless until near the cap,
 * so the kiosks still cut off probe as a Poisson stream whose rate falls in step
 * with their number. (A uniform wait does not: its residual keeps probes at full
 * rate for a while after the outage ends, on top of the kiosks already catching up.)
 * Its mean is ≈ 0.93 (1 − 4e⁻⁴/(1 − e⁻⁴)).
 */
function truncatedExponential(random: () => number): number {
  return -Math.log(1 - unit(random) * (1 - Math.exp(-EXP_TRUNCATE)));
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
 * backoff delay as is, so a brief glitch clears in a second. Later ones wait
 * probeGapMs × a unit-mean exponential truncated below 4 (mean ≈ 0.93 ×
 * probeGapMs), which caps how many failed requests a kiosk adds to an outage.
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
  return Math.max(backoff, Math.floor(nonNegative(policy.probeGapMs) * truncatedExponential(random)));
}

export interface ReconnectInput {
  /** Time since the streak's first failed attempt. */
  outageMs: number;
  random: () => number;
  policy?: CatchUpPolicy;
}

/**
 * When the browser reports the network is back ('online') during a streak, the
 * kiosk's next probe waits this long. This replaces the current wait. Do not
 * make every queued record due at once: a city-wide link failure ends for
 * every kiosk in the same second, and 5,000 kiosks each sending their backlog
 * then is a ~375× spike. The wait is exponential with mean
 * min(outage so far, reconnectSpreadMs), truncated at 4 means. After a brief
 * local drop it is short. After a long outage it has the same distribution as
 * a fresh probe wait, so the fleet's probes stay a Poisson stream.
 * Whole milliseconds.
 */
export function reconnectProbeDelayMs({
  outageMs,
  random,
  policy = DEFAULT_CATCH_UP,
}: ReconnectInput): number {
  const mean = Math.min(nonNegative(outageMs), nonNegative(policy.reconnectSpreadMs));
  return Math.floor(mean * truncatedExponential(random));
}

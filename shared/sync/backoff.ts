/**
 * Retry delays: exponential backoff with full jitter (a uniformly random wait
 * between 0 and min(cap, base·2^attempt)), so hundreds of kiosks coming back
 * after a city-wide outage spread out instead of stampeding the API. The server's
 * Retry-After, when given, is a floor.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

export function fullJitterDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unusable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export function nextRetryDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs: number | null,
): number {
  const jittered = fullJitterDelay(attempt, policy, random);
  // Honour Retry-After but never wait longer than the cap: a hostile header must not park the queue.
  return retryAfterMs === null ? jittered : Math.min(policy.capMs, Math.max(jittered, retryAfterMs));
}

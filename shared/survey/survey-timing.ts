/**
 * The only times a quick survey carries or reveals. Its timestamp is the hour
 * it was answered in, and it is sent at a random moment in the following hour,
 * so neither the payload nor its arrival at the city narrows the time down to
 * less than an hour: a survey cannot be matched to the submission made just
 * before it at the same kiosk.
 */
export const HOUR_MS = 60 * 60_000;

const startOfHour = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** The start of the hour `atMs` falls in, as an ISO timestamp in UTC (Vietnam's offset is whole hours). */
export function answeredHour(atMs: number): string {
  return new Date(startOfHour(atMs)).toISOString();
}

/** True for a timestamp exactly on a whole hour (any offset). */
export function isWholeHour(timestamp: string): boolean {
  const ms = Date.parse(timestamp);
  return Number.isFinite(ms) && ms % HOUR_MS === 0;
}

/** When a survey answered at `answeredAtMs` may first be sent: uniformly within the next hour. */
export function surveyReleaseAt(answeredAtMs: number, random: () => number): number {
  return startOfHour(answeredAtMs) + HOUR_MS + Math.floor(random() * HOUR_MS);
}
